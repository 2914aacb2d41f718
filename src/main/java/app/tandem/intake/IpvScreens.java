package app.tandem.intake;

import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.ScreenQuestion;
import java.util.Map;

/** What a screen's answers point to, whatever the counselor concludes. */
public final class IpvScreens {

    /** A HITS total above this suggests a positive screen (Sherin et al., 1998). */
    public static final int HITS_POSITIVE_ABOVE = 10;

    private IpvScreens() {}

    /**
     * Whether the answers point to a safety concern: a HITS total above 10 (over the items
     * answered), or the danger answer to any yes/no question (see {@link ScreenQuestion#dangerAnswer()}).
     */
    public static boolean indicatesConcern(Map<HitsItem, Integer> hits, Map<ScreenQuestion, Boolean> answers) {
        int total = hits.values().stream().mapToInt(Integer::intValue).sum();
        if (total > HITS_POSITIVE_ABOVE) {
            return true;
        }
        return answers.entrySet().stream()
                .anyMatch(e -> e.getValue() == e.getKey().dangerAnswer());
    }
}
