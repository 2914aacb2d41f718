package app.tandem.checkin;

import app.tandem.base.FieldLimits;
import app.tandem.casefile.CaseFile.Completion;
import java.util.Map;

/**
 * What a partner sends from the check-in page. Scores may be left out (null); the CSI-4 is the
 * total of its four items or null. {@code homework} maps an assignment id to the partner's
 * answer; {@code reflections} an assignment id to their optional words.
 */
public record CheckInAnswers(
        FeelsSafe feelsSafe,
        Integer emotionalSafety,
        Integer reciprocalEffort,
        Integer clearCommunication,
        Integer csi4,
        Map<Long, Completion> homework,
        Map<Long, String> reflections,
        String note) {

    public static final int NOTE_MAX_LENGTH = FieldLimits.CHECK_IN_NOTE;
    public static final int REFLECTION_MAX_LENGTH = FieldLimits.CHECK_IN_REFLECTION;

    public CheckInAnswers {
        homework = homework == null ? Map.of() : Map.copyOf(homework);
        reflections = reflections == null ? Map.of() : Map.copyOf(reflections);
    }
}
