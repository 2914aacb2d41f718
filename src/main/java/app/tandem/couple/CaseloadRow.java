package app.tandem.couple;

import app.tandem.casefile.CaseFile.CoupleStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One row of the caseload grid, read in one query from the couple, its summary and its counselor. */
public record CaseloadRow(
        Long coupleId,
        String reference,
        String partnerAFirstName,
        String partnerALastName,
        String partnerBFirstName,
        String partnerBLastName,
        CoupleStatus status,
        Long counselorId,
        String counselorName,
        LocalDate intakeDate,
        LocalDate lastSessionDate,
        LocalDate nextHomeworkDue,
        int overdueHomework,
        BigDecimal adherence,
        String recommendation,
        boolean safetyMarker) {

    public String partnerA() {
        return partnerAFirstName + " " + partnerALastName;
    }

    public String partnerB() {
        return partnerBFirstName + " " + partnerBLastName;
    }

    /** Whole weeks from intake to the given day. */
    public long weeksSinceIntake(LocalDate today) {
        return Math.max(0, ChronoUnit.WEEKS.between(intakeDate, today));
    }
}
