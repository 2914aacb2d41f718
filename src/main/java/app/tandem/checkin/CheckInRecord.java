package app.tandem.checkin;

import app.tandem.casefile.PartnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored check-in as the counselor reads it: client-reported, its own kind of data point,
 * never a session score (decision 0103).
 */
public record CheckInRecord(
        long id,
        PartnerId partner,
        LocalDate date,
        Instant submittedAt,
        int anchorsVersion,
        Integer emotionalSafety,
        Integer reciprocalEffort,
        Integer clearCommunication,
        Integer csi4,
        FeelsSafe feelsSafe,
        String note,
        Instant reviewedAt,
        List<HomeworkReport> homework) {

    public CheckInRecord {
        homework = List.copyOf(homework);
    }

    /** A homework step as the partner reported it. */
    public record HomeworkReport(
            long assignmentId, String title, LocalDate dueOn, String completion, String reflection) {}

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
