package app.tandem.pdf;

/**
 * The client version was asked for while a safety flag is open: on a draft note, or under a
 * safety referral. It is never produced then: addressed to both partners it could put one of
 * them at risk, and it would point toward joint work. The message is the counselor-facing
 * explanation ({@code clientReport.refusedUnsignedSafetyFlag} or {@code client.refusedUnderSafety}).
 */
public class ClientReportRefusedException extends RuntimeException {

    public ClientReportRefusedException(String message) {
        super(message);
    }
}
