package app.tandem.checkin;

import app.tandem.casefile.PartnerId;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One partner's calendar file: their own and joint steps due from today on. A daily or weekly
 * series of connection appointments whose dates are evenly spaced becomes one event with an
 * RRULE; anything else one event per due date. Titles are neutral ({@code checkIn.calendar.*}).
 * Callers check access and the pause (decision 0104).
 */
@Component
class PartnerCalendar {

    private final JdbcTemplate jdbc;
    private final PracticeSettingsService practice;
    private final Clock clock;

    PartnerCalendar(JdbcTemplate jdbc, PracticeSettingsService practice, Clock clock) {
        this.jdbc = jdbc;
        this.practice = practice;
        this.clock = clock;
    }

    private record Due(long id, LocalDate dueOn, String seriesId, String frequency) {}

    String write(long coupleId, PartnerId partner) {
        Texts texts = Texts.shared();
        LocalDate today = practice.today();
        List<Due> due = jdbc.query(
                """
                SELECT homework_assignment_id, due_on, series_id, series_frequency FROM homework_assignment
                 WHERE couple_id = ? AND assignee IN ('BOTH', ?) AND due_on >= ?
                 ORDER BY due_on, homework_assignment_id LIMIT 500
                """,
                (rs, n) -> new Due(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)),
                coupleId,
                partner.name(),
                today);
        Map<String, List<Due>> series = new LinkedHashMap<>();
        List<CalendarFile.Event> events = new ArrayList<>();
        for (Due d : due) {
            if (d.seriesId() != null && ("DAILY".equals(d.frequency()) || "WEEKLY".equals(d.frequency()))) {
                series.computeIfAbsent(d.seriesId(), k -> new ArrayList<>()).add(d);
            } else {
                events.add(single(d, texts));
            }
        }
        for (List<Due> run : series.values()) {
            String frequency = run.get(0).frequency();
            long step = "DAILY".equals(frequency) ? 1 : 7;
            boolean even = true;
            for (int i = 1; i < run.size(); i++) {
                even &= ChronoUnit.DAYS.between(
                                run.get(i - 1).dueOn(), run.get(i).dueOn())
                        == step;
            }
            if (even) {
                events.add(new CalendarFile.Event(
                        "series-" + run.get(0).id() + "@tandem",
                        texts.get("checkIn.calendar.seriesTitle"),
                        run.get(0).dueOn(),
                        frequency,
                        run.size()));
            } else {
                run.forEach(d -> events.add(single(d, texts)));
            }
        }
        return CalendarFile.write(
                texts.get("checkIn.calendar.name"), practice.get().getTimeZone(), clock.instant(), events);
    }

    private static CalendarFile.Event single(Due d, Texts texts) {
        String title = texts.get(d.seriesId() == null ? "checkIn.calendar.dueTitle" : "checkIn.calendar.seriesTitle");
        return new CalendarFile.Event("step-" + d.id() + "@tandem", title, d.dueOn(), null, 1);
    }
}
