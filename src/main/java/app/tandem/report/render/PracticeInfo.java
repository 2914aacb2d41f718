package app.tandem.report.render;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a report needs to know about the practice that issues it.
 *
 * @param name the practice name, printed on the cover and as the document's author
 * @param contact how to reach the practice, or null
 * @param localResources local domestic-violence and crisis contacts printed under a safety
 *        referral, one per line, or null when none are configured
 * @param pageSize the paper size
 * @param zone the time zone in which dates and times are printed
 */
public record PracticeInfo(String name, String contact, String localResources, PageSize pageSize, ZoneId zone) {

    /** Paper sizes a practice can choose. */
    public enum PageSize { A4, LETTER }

    /** The practice the command line assumes: "Tandem", A4, UTC, no contact, no local resources. */
    public static final PracticeInfo DEFAULT = new PracticeInfo("Tandem", null, null, PageSize.A4, ZoneId.of("UTC"));

    public PracticeInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(zone, "zone");
    }

    /** This practice under another name. */
    public PracticeInfo withName(String newName) {
        return new PracticeInfo(newName, contact, localResources, pageSize, zone);
    }
}
