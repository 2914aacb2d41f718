package app.tandem.homework;

import app.tandem.base.RequestMemo;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import app.tandem.couple.Couple;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A couple's homework as case-file records. Does not check access: only the progress feature's
 * record assembler uses it, after its callers checked the caller's access to the couple (decision
 * 0087: other features read this feature's tables through it, never through its repository).
 */
@Component
public class HomeworkRecords {

    private final HomeworkRepository homework;
    private final RequestMemo memo;

    HomeworkRecords(HomeworkRepository homework, RequestMemo memo) {
        this.homework = homework;
        this.memo = memo;
    }

    /** Every assignment of the couple, in the repository's order; read once per request (the Homework tab reads it too). */
    @Transactional(readOnly = true)
    public List<CaseFile.Assignment> forCaseFile(Couple couple) {
        List<CaseFile.Assignment> assignments = new ArrayList<>();
        for (HomeworkAssignment h :
                memo.get(new RequestMemo.Key(RequestMemo.HOMEWORK, couple.getId()), () -> homework.forCouple(couple))) {
            assignments.add(new CaseFile.Assignment(
                    h.getStepKey(),
                    h.getTitle(),
                    h.getPurpose(),
                    h.getInstructions(),
                    h.getExamples(),
                    h.getAssignee(),
                    h.getAssignedOn(),
                    h.getDueOn(),
                    h.getSeriesId() == null ? null : new CaseFile.Series(h.getSeriesId(), h.getSeriesFrequency()),
                    new PerPartner<>(h.completion(PartnerId.A), h.completion(PartnerId.B)),
                    new PerPartner<>(h.reflection(PartnerId.A), h.reflection(PartnerId.B)),
                    h.getReviewedOn()));
        }
        return assignments;
    }
}
