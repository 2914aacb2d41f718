package app.tandem.pdf;

import app.tandem.assessment.AssessmentNarrative.Narrative;
import app.tandem.assessment.ScoredSessions;

/**
 * What the sections of one counselor report share: the texts, the request (with its assessment
 * and case file), the assessment in sentences, the scored sessions the assessment read, and the
 * PDF being written.
 */
record CounselorContext(
        ReportTexts texts, ReportRequest request, Narrative narrative, ScoredSessions sessions, ReportPdf pdf) {}
