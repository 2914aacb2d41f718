package app.tandem.demo;

import app.tandem.guide.GuideService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The assignable steps of the current guide version as the database holds them (loaded from
 * {@code seeds/guide} at start): where the synthetic practice takes its homework titles, exactly
 * as the demo writer gets them through {@code GuideService} and a counselor's assignment copies them.
 */
final class GuideSteps {

    /** One step: its id, key and title. */
    record Step(long id, String key, String title) {}

    private static final String CURRENT = """
            SELECT s.guide_step_id, s.step_key, s.title FROM guide_step s
              JOIN guide_section sec ON sec.guide_section_id = s.guide_section_id
              JOIN guide_version v ON v.guide_version_id = sec.guide_version_id
             WHERE v.guide_key = ? AND s.assignable = TRUE AND s.retired = FALSE
               AND v.version_no = (SELECT MAX(w.version_no) FROM guide_version w WHERE w.guide_key = v.guide_key)
             ORDER BY sec.position, s.position""";

    private GuideSteps() {}

    /** Key → step, in the guide's order. */
    static Map<String, Step> current(Connection c) throws SQLException {
        Map<String, Step> steps = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(CURRENT)) {
            ps.setString(1, GuideService.GUIDE_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.putIfAbsent(rs.getString(2), new Step(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return steps;
    }

    /** The step with {@code key}; a guide without it cannot seed the practice. */
    static Step require(Map<String, Step> steps, String key) {
        Step step = steps.get(key);
        if (step == null) {
            throw new IllegalStateException(
                    "The current guide has no assignable step " + key + "; load the guide seeds first.");
        }
        return step;
    }
}
