package app.tandem.pdf;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a report needs to know about the practice that issues it.
 *
 * @param name the practice name, printed on the cover and as the document's author
 * @param contact how to reach the practice, or null
 * @param localResources local services (advocates, shelters, intervention programmes) printed
 *        under a safety referral, one per line, or null when none are configured
 * @param pageSize the paper size
 * @param zone the time zone in which dates and times are printed
 * @param crisisRegion the region whose crisis lines and emergency number a safety report prints
 *        (one of {@link CrisisResources#REGIONS}), or null when none is chosen
 * @param crisisLines the practice's own version of that region's crisis lines, or null for the
 *        shipped defaults
 */
public record PracticeInfo(
        String name,
        String contact,
        String localResources,
        PageSize pageSize,
        ZoneId zone,
        String crisisRegion,
        String crisisLines) {

    /** Paper sizes a practice can choose. */
    public enum PageSize {
        A4,
        LETTER
    }

    /** The practice the command line assumes: "Tandem", A4, UTC, no contact, no local resources, no region. */
    public static final PracticeInfo DEFAULT = new PracticeInfo("Tandem", null, null, PageSize.A4, ZoneId.of("UTC"));

    /** A practice without a crisis region: a safety report prints every region's emergency number. */
    public PracticeInfo(String name, String contact, String localResources, PageSize pageSize, ZoneId zone) {
        this(name, contact, localResources, pageSize, zone, null, null);
    }

    public PracticeInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(zone, "zone");
    }

    /** This practice under another name. */
    public PracticeInfo withName(String newName) {
        return new PracticeInfo(newName, contact, localResources, pageSize, zone, crisisRegion, crisisLines);
    }

    /** This practice in another crisis region, with that region's default lines. */
    public PracticeInfo withCrisisRegion(String region) {
        return new PracticeInfo(name, contact, localResources, pageSize, zone, region, null);
    }
}
