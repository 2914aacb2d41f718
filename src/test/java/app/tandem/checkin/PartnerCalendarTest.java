package app.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.guide.GuideService;
import app.tandem.guide.GuideStep;
import app.tandem.homework.HomeworkService;
import app.tandem.homework.HomeworkService.AssignRequest;
import app.tandem.homework.HomeworkService.SeriesRequest;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A partner's calendar file, parsed back by ical4j: recurrence, dates in the practice's zone, neutral words. */
@TandemTest
class PartnerCalendarTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CheckInLinkService links;

    @Autowired
    CheckInService checkIns;

    @Autowired
    HomeworkService homework;

    @Autowired
    GuideService guide;

    @Autowired
    JdbcTemplate jdbc;

    Counselor dana;
    Couple couple;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        jdbc.update("UPDATE practice_settings SET time_zone = 'Pacific/Auckland' WHERE practice_settings_id = 1");
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Lindqvist", "Samir", "Oduya");
        // 2026-11-28T10:00Z is 23:00 on the 28th in Auckland; the practice's today is the 28th.
        today = LocalDate.of(2026, 11, 28);
        GuideStep step = guide.assignableSteps().stream()
                .filter(s -> s.getPartnerRole() == null)
                .findFirst()
                .orElseThrow();
        homework.assignSeries(
                couple.getId(),
                new SeriesRequest(
                        step.getId(), Assignee.BOTH, today.plusDays(2), today.plusDays(30), Frequency.WEEKLY, null));
        homework.assign(
                couple.getId(),
                new AssignRequest(step.getId(), Assignee.B, today, today.plusDays(5), "Samir's own step"));
    }

    @Test
    void the_weekly_connection_appointments_are_one_event_with_an_rrule_and_the_titles_are_neutral() throws Exception {
        String text = links.calendar(couple.getId(), PartnerId.A);
        assertThat(text).contains("\r\n").doesNotContain("Samir", "Maya", "Lindqvist", "counsel", "therap", "couple");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        assertThat(calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue())
                .isEqualTo("Pacific/Auckland");
        List<CalendarComponent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;COUNT=5");
            assertThat(e.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261130");
            assertThat(e.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Time together");
        });
        // B's calendar also has B's own step as a plain reminder.
        Calendar b = new CalendarBuilder().build(new StringReader(links.calendar(couple.getId(), PartnerId.B)));
        assertThat(b.getComponents("VEVENT")).hasSize(2);
        assertThat(b.getComponents("VEVENT").stream()
                        .map(e -> e.getProperty("SUMMARY").orElseThrow().getValue()))
                .containsExactlyInAnyOrder("Time together", "Reminder");
    }

    @Test
    void the_partner_gets_the_same_file_through_their_link_and_nothing_while_joint_work_is_paused() throws Exception {
        String token = links.create(couple.getId(), PartnerId.A).token();
        String file = checkIns.calendar(token, "203.0.113.5").orElseThrow();
        assertThat(new CalendarBuilder().build(new StringReader(file)).getComponents("VEVENT"))
                .hasSize(1);
        assertThat(checkIns.calendar(CheckInTokens.newToken(), "203.0.113.5")).isEmpty();

        checkIns.save(
                token,
                "203.0.113.5",
                new CheckInAnswers(FeelsSafe.NOT_SURE, null, null, null, null, Map.of(), Map.of(), null));
        assertThat(checkIns.calendar(token, "203.0.113.5")).isEmpty();
        assertThatThrownBy(() -> links.calendar(couple.getId(), PartnerId.B)).isInstanceOf(ValidationFailure.class);
    }

    @Test
    void long_and_special_text_is_escaped_and_folded_and_still_parses() throws Exception {
        String title = "Zeit für uns; beide, ohne Handy \\ ".repeat(5).strip();
        String text = CalendarFile.write(
                "Plans",
                "Europe/Berlin",
                Instant.parse("2026-11-28T10:00:00Z"),
                List.of(new CalendarFile.Event("x-1@tandem", title, LocalDate.of(2026, 12, 1), "DAILY", 3)));
        assertThat(text.lines()
                        .mapToInt(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .max()
                        .orElse(0))
                .isLessThanOrEqualTo(75);
        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        assertThat(parsed.getComponents("VEVENT")
                        .get(0)
                        .getProperty("SUMMARY")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(title);
    }
}
