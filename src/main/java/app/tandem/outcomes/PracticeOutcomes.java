package app.tandem.outcomes;

import java.time.LocalDate;
import java.util.Map;

/**
 * The figures of the practice outcomes screen for one selection (a counselor or the whole practice)
 * and one period (decision 0093).
 *
 * @param from                   first day of the period; couples count when their last session falls in it
 * @param to                     last day (today)
 * @param couplesSeen            couples with a session in the period
 * @param partners               partners seen with enough data (a reliable-change classification), by classification
 * @param couples                couples seen whose two partners both have a classification, by couple classification
 * @param adherence              couples seen, by homework adherence band
 * @param recommendations        active couples (whatever the period), by their current recommendation code
 * @param escalations            referrals made in the period, by type
 * @param medianSessionsImproved median number of scored sessions of the partners seen who are now reliably
 *                               improved, or null when none is
 */
public record PracticeOutcomes(
        LocalDate from,
        LocalDate to,
        int couplesSeen,
        Map<Outcome, Integer> partners,
        Map<Outcome, Integer> couples,
        Map<AdherenceBand, Integer> adherence,
        Map<String, Integer> recommendations,
        Map<String, Escalations> escalations,
        Double medianSessionsImproved) {

    /** Reliable change as the engine classifies it; for a couple see {@link OutcomesService}. */
    public enum Outcome {
        IMPROVED,
        UNCHANGED,
        DETERIORATED
    }

    /** Homework adherence of the last six weeks, as the couple summary holds it. */
    public enum AdherenceBand {
        NONE_DUE,
        BELOW_25,
        FROM_25,
        FROM_50,
        FROM_75
    }

    /** Referrals of one type in the period: how many, and how many have had their first session. */
    public record Escalations(int referred, int firstSessionHeld) {
        public int waiting() {
            return referred - firstSessionHeld;
        }
    }

    public static int total(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
