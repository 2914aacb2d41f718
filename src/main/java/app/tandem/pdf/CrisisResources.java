package app.tandem.pdf;

import app.tandem.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The crisis and domestic-abuse contacts a safety report prints: the practice's region with its
 * emergency number and lines (the defaults of {@code seeds/texts/crisis-resources.yaml}, or the
 * practice's own version of them). Without a region, every region's emergency number, so that a
 * safety report is never printed without one.
 *
 * @param regionName the region's name, or null when the practice has chosen none
 * @param emergency the emergency numbers to print: one line, or one per region without a region
 * @param lines the crisis and domestic-abuse lines, one per service (none without a region)
 * @param defaults whether the lines are the shipped defaults, which must be verified before use
 */
public record CrisisResources(String regionName, List<String> emergency, List<String> lines, boolean defaults) {

    /** The regions with shipped defaults, as practice settings offer them. */
    public static final List<String> REGIONS = List.of("US", "CA", "GB", "IE", "AU", "NZ");

    public CrisisResources {
        emergency = List.copyOf(emergency);
        lines = List.copyOf(lines);
    }

    /**
     * What to print for a practice in {@code region} (null or unknown: none chosen) whose own lines
     * are {@code practiceLines} (null or blank: the region's defaults).
     */
    public static CrisisResources of(Texts texts, String region, String practiceLines) {
        if (region == null || !REGIONS.contains(region)) {
            List<String> all = new ArrayList<>(REGIONS.size());
            for (String r : REGIONS) {
                all.add(regionName(texts, r) + ": " + emergency(texts, r));
            }
            return new CrisisResources(null, all, List.of(), true);
        }
        boolean defaults = practiceLines == null || practiceLines.isBlank();
        return new CrisisResources(
                regionName(texts, region),
                List.of(emergency(texts, region)),
                lines(defaults ? defaultLines(texts, region) : practiceLines),
                defaults);
    }

    /** The shipped lines of {@code region}, one per line. */
    public static String defaultLines(Texts texts, String region) {
        return texts.get("crisis.region." + region + ".lines").strip();
    }

    public static String regionName(Texts texts, String region) {
        return texts.get("crisis.region." + region + ".name");
    }

    public static String emergency(Texts texts, String region) {
        return texts.get("crisis.region." + region + ".emergency");
    }

    /** Where the defaults come from and that they must be verified, with the date they were recorded. */
    public static String source(Texts texts) {
        return texts.get("crisis.source") + ", recorded " + texts.get("crisis.recordedOn");
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
