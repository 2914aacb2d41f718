package app.tandem.progress;

import app.tandem.casefile.CaseFile;
import app.tandem.couple.Couple;
import java.util.List;

/**
 * The reports and decisions recorded for a couple, as the case file carries them. Implemented
 * by the report feature; kept as an interface here so the record can be assembled without a
 * cycle between the two features.
 */
public interface ReportRecords {

    List<CaseFile.Report> forCaseFile(Couple couple);
}
