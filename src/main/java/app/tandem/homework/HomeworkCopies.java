package app.tandem.homework;

import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.couple.Couple;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideStep;
import app.tandem.guide.PartnerRole;
import app.tandem.text.Texts;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * How a homework assignment is made: a copy of a guide step as it is when assigned (title,
 * purpose, examples, and instructions that always end with the safety line), or of an imported
 * case-file record. Checks the request's step and text; the service checks access first.
 */
@Component
class HomeworkCopies {

    private final GuideService guide;
    private final Clock clock;

    HomeworkCopies(GuideService guide, Clock clock) {
        this.guide = guide;
        this.clock = clock;
    }

    /** The step to copy, refused when the guide no longer offers it for assignment. */
    GuideStep assignableStep(long stepId) {
        GuideStep step = guide.step(stepId);
        if (!guide.assignableNow(step.getId())) {
            throw new ValidationFailure("step", "This step can no longer be assigned; choose another.");
        }
        return step;
    }

    /** A step written for one partner (see {@link PartnerRole}) goes to partner A or B, never to both. */
    static void checkOnePartner(GuideStep step, Assignee assignee) {
        if (step.getPartnerRole() != null && assignee == Assignee.BOTH) {
            throw new ValidationFailure(
                    "assignee", Texts.shared().get("homework.onePartnerOnly." + step.getPartnerRole()));
        }
    }

    /** The counselor's text, or the step's own when left blank, ending with the safety line. */
    static String instructions(String edited, GuideStep step) {
        String text = edited == null || edited.isBlank() ? step.getInstructions() : edited.trim();
        text = withSafetyLine(text);
        if (text.length() > HomeworkAssignment.INSTRUCTIONS_MAX_LENGTH) {
            throw new ValidationFailure(
                    "instructions", "Use at most " + HomeworkAssignment.INSTRUCTIONS_MAX_LENGTH + " characters.");
        }
        return text;
    }

    /**
     * The instructions ending with the safety line (clinical review 5.12): every assignment's copy
     * carries it, even when the counselor tailored the text or the step (a practice step) lacks it.
     */
    static String withSafetyLine(String instructions) {
        String line = Texts.shared().get("homework.safetyLine").strip();
        if (instructions == null || instructions.isBlank()) {
            return line;
        }
        String text = instructions.strip();
        return text.replaceAll("\\s+", " ").contains(line) ? text : text + "\n" + line;
    }

    /** A new assignment carrying the step as it is now. */
    HomeworkAssignment ofStep(
            Couple couple,
            GuideStep step,
            Assignee assignee,
            LocalDate assignedOn,
            LocalDate dueOn,
            String instructions,
            String seriesId,
            Frequency frequency) {
        return new HomeworkAssignment(
                couple,
                step.getId(),
                step.getStepKey(),
                step.getTitle(),
                step.getPurpose(),
                instructions,
                step.getExamples(),
                assignee,
                assignedOn,
                dueOn,
                seriesId,
                frequency,
                clock.instant());
    }

    /** A new assignment carrying an imported record; its step is linked when this guide has one with its key. */
    HomeworkAssignment imported(Couple couple, CaseFile.Assignment a) {
        Long stepId = guide.stepIdForKey(a.stepKey()).orElse(null);
        HomeworkAssignment h = new HomeworkAssignment(
                couple,
                stepId,
                a.stepKey(),
                a.title(),
                a.purpose(),
                a.instructions(),
                a.examples(),
                a.assignee(),
                a.assignedOn(),
                a.dueOn(),
                a.series() == null ? null : a.series().id(),
                a.series() == null ? null : a.series().frequency(),
                clock.instant());
        h.restore(
                a.completion().a(),
                a.completion().b(),
                a.reflections().a(),
                a.reflections().b(),
                a.reviewedOn());
        return h;
    }
}
