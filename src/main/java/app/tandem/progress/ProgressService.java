package app.tandem.progress;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentNarrative;
import app.tandem.casefile.CaseFile;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.practice.PracticeSettingsService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the Progress screen shows: the record, the assessment as of today and its explanation. */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class ProgressService {

    /** A couple's progress as of a day. Carries no private notes. */
    public record Progress(
            Couple couple, CaseFile file, Assessment assessment, AssessmentNarrative.Narrative narrative) {}

    private final CoupleService couples;
    private final CaseRecordAssembler assembler;
    private final AssessmentSettingsProvider settings;
    private final PracticeSettingsService practice;
    private final AssessmentNarrative narrative = AssessmentNarrative.standard();

    ProgressService(
            CoupleService couples,
            CaseRecordAssembler assembler,
            AssessmentSettingsProvider settings,
            PracticeSettingsService practice) {
        this.couples = couples;
        this.assembler = assembler;
        this.settings = settings;
        this.practice = practice;
    }

    @Transactional(readOnly = true)
    public Progress progress(long coupleId) {
        Couple couple = couples.require(coupleId);
        CaseFile file = assembler.assemble(couple, CaseRecordAssembler.Content.SHARED);
        Assessment a = AssessmentEngine.assess(file, practice.today(), settings.settings());
        return new Progress(couple, file, a, narrative.describe(a));
    }

    public AssessmentNarrative narrative() {
        return narrative;
    }
}
