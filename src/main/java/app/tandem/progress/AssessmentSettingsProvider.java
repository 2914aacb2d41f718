package app.tandem.progress;

import app.tandem.assessment.AssessmentSettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The rule-set settings the app uses: the documented defaults, each overridable in
 * application.yaml as {@code tandem.assessment.<key>} (e.g. {@code tandem.assessment.sd: 6.0}).
 */
@Component
public class AssessmentSettingsProvider {

    private final AssessmentSettings settings;

    AssessmentSettingsProvider(Environment env) {
        AssessmentSettings s = AssessmentSettings.DEFAULTS;
        for (String key : AssessmentSettings.KEYS) {
            String value = env.getProperty("tandem.assessment." + key);
            if (value != null) {
                s = s.with(key, value);
            }
        }
        this.settings = s;
    }

    public AssessmentSettings settings() {
        return settings;
    }
}
