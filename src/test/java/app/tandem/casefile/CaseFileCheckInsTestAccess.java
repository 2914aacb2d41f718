package app.tandem.casefile;

import app.tandem.casefile.CaseFile.FeelsSafe;

/** Case files with check-ins for tests outside this package (the report command, the data-access copy). */
public final class CaseFileCheckInsTestAccess {

    private CaseFileCheckInsTestAccess() {}

    /** The couples-therapy example with A's "not safe" check-in (unreviewed) and B's "safe" one. */
    public static CaseFile notSafe() throws Exception {
        return CaseFileCheckInsTest.withCheckIns(FeelsSafe.NOT_SAFE);
    }

    /** The same with A's answer "safe". */
    public static CaseFile safe() throws Exception {
        return CaseFileCheckInsTest.withCheckIns(FeelsSafe.SAFE);
    }
}
