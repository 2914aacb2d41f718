package app.tandem.assessment;

import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Each partner's data points (the composites of the scored sessions where they have all three
 * metrics, in order), the start date, and their latest CSI-4 while it is not stale.
 */
final class DataPoints {

    private final int[][] composites;
    private final int[] count;
    private final Integer[] csi4Latest;
    private final LocalDate startDate;
    private final Integer daysElapsed;

    private DataPoints(
            int[][] composites, int[] count, Integer[] csi4Latest, LocalDate startDate, Integer daysElapsed) {
        this.composites = composites;
        this.count = count;
        this.csi4Latest = csi4Latest;
        this.startDate = startDate;
        this.daysElapsed = daysElapsed;
    }

    static DataPoints of(ScoredSessions scored, LocalDate asOf, AssessmentSettings s) {
        int n = scored.size();
        int[][] composites = {new int[n], new int[n]};
        int[] count = new int[2];
        int[] lastCsi = {-1, -1};
        LocalDate startDate = null;
        for (int i = 0; i < n; i++) {
            Session session = scored.get(i);
            int a = composite(session.scores().a());
            int b = composite(session.scores().b());
            if (csi4(session.scores().a()) != null) {
                lastCsi[0] = i;
            }
            if (csi4(session.scores().b()) != null) {
                lastCsi[1] = i;
            }
            if (a >= 0) {
                composites[0][count[0]++] = a;
            }
            if (b >= 0) {
                composites[1][count[1]++] = b;
            }
            if ((a >= 0 || b >= 0) && startDate == null) {
                startDate = session.date();
            }
        }
        Integer daysElapsed = startDate == null ? null : (int) ChronoUnit.DAYS.between(startDate, asOf);
        // The latest CSI-4 counts only from a session in the review window (asOf − days, asOf].
        LocalDate stale = asOf.minusDays(s.reviewWindowDays());
        Integer[] csi4Latest = new Integer[2];
        for (PartnerId p : PartnerId.values()) {
            int last = lastCsi[p.ordinal()];
            csi4Latest[p.ordinal()] = last >= 0 && scored.get(last).date().isAfter(stale)
                    ? csi4(scored.get(last).scores().get(p))
                    : null;
        }
        return new DataPoints(composites, count, csi4Latest, startDate, daysElapsed);
    }

    private static int composite(Scores scores) {
        return scores == null ? -1 : scores.compositeOrMinusOne();
    }

    private static Integer csi4(Scores scores) {
        return scores == null ? null : scores.csi4();
    }

    /** The partner's number of data points. */
    int count(PartnerId p) {
        return count[p.ordinal()];
    }

    /** The earliest scored session that is a data point for either partner, or null. */
    LocalDate startDate() {
        return startDate;
    }

    /** Days from the start date to asOf, or null without a start date. */
    Integer daysElapsed() {
        return daysElapsed;
    }

    /** The partner's latest composite minus their baseline; the partner needs two data points to change. */
    int latestChange(PartnerId p) {
        int[] c = composites[p.ordinal()];
        return c[count(p) - 1] - c[0];
    }

    /** Whether each of the partner's last {@code k} data points shows reliable deterioration from the baseline. */
    boolean sustainedDeterioration(PartnerId p, int k, ReliableChange change) {
        int points = count(p);
        if (points < k + 1) {
            return false;
        }
        int[] c = composites[p.ordinal()];
        for (int j = points - k; j < points; j++) {
            if (!change.deteriorated(c[j] - c[0])) {
                return false;
            }
        }
        return true;
    }

    /** The partner's figures, with their homework adherence. */
    PartnerProgress progress(PartnerId p, HomeworkAdherence adherence, ReliableChange reliable, AssessmentSettings s) {
        int assignments = adherence.count(p);
        int halves = adherence.halves(p);
        double share = adherence.adherence(p);
        Integer csi = csi4Latest[p.ordinal()];
        int points = count(p);
        if (points == 0) {
            return new PartnerProgress(
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    csi,
                    satisfied(s, csi, null, false),
                    share,
                    assignments,
                    halves);
        }
        int[] c = composites[p.ordinal()];
        int baseline = c[0];
        int latest = c[points - 1];
        int change = latest - baseline;
        Classification classification = reliable.classify(change);
        return new PartnerProgress(
                points,
                baseline,
                latest,
                change,
                reliable.rci(change),
                classification,
                classification == Classification.IMPROVED,
                csi,
                satisfied(s, csi, latest, classification == Classification.DETERIORATED),
                share,
                assignments,
                halves);
    }

    /** The satisfied range: a latest CSI-4 decides when there is one, else the latest composite. */
    private static boolean satisfied(AssessmentSettings s, Integer csi, Integer latest, boolean deteriorated) {
        if (deteriorated) {
            return false;
        }
        if (csi != null) {
            return csi > s.csiCutoff();
        }
        return latest != null && latest >= s.functionalComposite();
    }
}
