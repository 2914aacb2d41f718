package app.tandem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.assessment.AssessmentSettings;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.PerPartner;
import app.tandem.chart.ProgressCharts.Measure;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** The Progress section's charts, from sessions to SVG, for 0, 1 and many sessions. */
class ProgressChartsTest {

    static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    static final ProgressCharts.Words WORDS = new ProgressCharts.Words(Measure::name, "Maya", "Sam", "Session date",
            LocalDate::toString, "No reliable change", "Distress line 13.5", "No scored sessions yet");

    static CaseFile.Session session(LocalDate date, boolean signed, Attendance attendance, Scores a, Scores b) {
        return new CaseFile.Session(date, LocalTime.of(17, 0), 60, CaseFile.SessionFormat.IN_PERSON, attendance, signed,
                signed ? Instant.parse("2026-03-02T18:00:00Z") : null, signed ? "dana@example.org" : null, new PerPartner<>(a, b),
                List.of(), List.of(), new CaseFile.Note(null, null, null, null), new PerPartner<>(null, null), List.of());
    }

    /** {@code n} signed weekly sessions, both partners scored, A's CSI-4 recorded. */
    static List<CaseFile.Session> weekly(int n) {
        List<CaseFile.Session> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(session(FIRST.plusWeeks(i), true, Attendance.BOTH, new Scores(3 + i % 8, 4, 5, 10 + i % 10),
                    new Scores(6, 2 + i % 9, 7, null)));
        }
        return list;
    }

    static String svg(List<CaseFile.Session> scored, Measure measure) {
        return SvgChartRenderer.render(ProgressCharts.chart(scored, measure, WORDS, AssessmentSettings.DEFAULTS), 640, 320);
    }

    static Stream<Arguments> sizesAndMeasures() {
        return Stream.of(1, 50).flatMap(n -> Stream.of(Measure.values()).filter(m -> m != Measure.CSI4)
                .map(m -> Arguments.of(n, m)));
    }

    @ParameterizedTest(name = "{0} sessions, {1}")
    @MethodSource("sizesAndMeasures")
    void each_measure_is_valid_svg_with_one_series_per_partner_and_one_point_per_session(int n, Measure measure) throws Exception {
        SvgDocument svg = SvgDocument.parse(svg(weekly(n), measure));

        List<Element> series = svg.groups("series");
        assertThat(series).hasSize(2);
        assertThat(series).extracting(g -> SvgDocument.children(g, "title").getFirst().getTextContent())
                .containsExactly("Maya", "Sam");
        for (Element g : series) {
            String d = SvgDocument.children(g, "path").getFirst().getAttribute("d");
            assertThat(d.chars().filter(c -> c == 'M' || c == 'L').count()).isEqualTo(n);
            assertThat(SvgDocument.children(g, "circle").size() + SvgDocument.children(g, "polygon").size()).isEqualTo(n);
        }
        assertThat(svg.texts("empty")).isEmpty();
        assertThat(svg.groups("legend").getFirst().getTextContent()).contains("Maya", "Sam");
    }

    @Test
    void no_scored_session_gives_valid_svg_with_the_empty_message_and_both_partners_in_the_legend() throws Exception {
        CaseFile file = withSessions(List.of(session(FIRST, false, Attendance.BOTH, new Scores(5, 5, 5, null), new Scores(5, 5, 5, null)),
                session(FIRST.plusWeeks(5), true, Attendance.BOTH, new Scores(5, 5, 5, null), new Scores(5, 5, 5, null))));
        List<CaseFile.Session> scored = ProgressCharts.scoredSessions(file, FIRST.plusWeeks(4));
        assertThat(scored).isEmpty();

        for (Measure m : Measure.values()) {
            SvgDocument svg = SvgDocument.parse(svg(scored, m));
            assertThat(svg.root().getLocalName()).isEqualTo("svg");
            assertThat(svg.texts("empty")).containsExactly("No scored sessions yet");
            assertThat(svg.groups("series")).isEmpty();
        }
    }

    @Test
    void scored_sessions_are_the_signed_ones_up_to_the_date_in_date_order() {
        CaseFile.Session late = session(FIRST.plusWeeks(2), true, Attendance.BOTH, new Scores(6, 6, 6, null), new Scores(6, 6, 6, null));
        CaseFile.Session early = session(FIRST, true, Attendance.BOTH, new Scores(4, 4, 4, null), new Scores(4, 4, 4, null));
        CaseFile.Session draft = session(FIRST.plusWeeks(1), false, Attendance.BOTH, new Scores(5, 5, 5, null), new Scores(5, 5, 5, null));
        CaseFile.Session future = session(FIRST.plusWeeks(9), true, Attendance.BOTH, new Scores(9, 9, 9, null), new Scores(9, 9, 9, null));

        assertThat(ProgressCharts.scoredSessions(withSessions(List.of(late, draft, future, early)), FIRST.plusWeeks(3)))
                .containsExactly(early, late);
    }

    @Test
    void a_partner_absent_from_a_session_leaves_a_gap_in_their_line_only() throws Exception {
        List<CaseFile.Session> scored = new ArrayList<>(weekly(2));
        scored.add(session(FIRST.plusWeeks(2), true, Attendance.A, new Scores(5, 5, 5, null), null));
        scored.add(session(FIRST.plusWeeks(3), true, Attendance.BOTH, new Scores(6, 6, 6, null), new Scores(6, 6, 6, null)));

        SvgDocument svg = SvgDocument.parse(svg(scored, Measure.COMPOSITE));

        List<Element> series = svg.groups("series");
        assertThat(series).hasSize(2);
        String a = SvgDocument.children(series.get(0), "path").getFirst().getAttribute("d");
        String b = SvgDocument.children(series.get(1), "path").getFirst().getAttribute("d");
        assertThat(a.chars().filter(c -> c == 'M').count()).isEqualTo(1);
        assertThat(b.chars().filter(c -> c == 'M').count()).isEqualTo(2);
    }

    @Test
    void the_composite_chart_carries_each_partners_reliable_change_band_and_the_csi4_chart_the_distress_line() throws Exception {
        List<CaseFile.Session> scored = weekly(6);

        SvgDocument composite = SvgDocument.parse(svg(scored, Measure.COMPOSITE));
        assertThat(composite.groups("band")).hasSize(2);
        assertThat(composite.groups("threshold")).isEmpty();

        assertThat(ProgressCharts.hasCsi4(scored)).isTrue();
        SvgDocument csi = SvgDocument.parse(svg(scored, Measure.CSI4));
        assertThat(csi.groups("threshold")).hasSize(1);
        assertThat(csi.groups("band")).isEmpty();
        // B has no CSI-4 at all: only A's line is drawn, B stays in the legend.
        assertThat(csi.groups("series")).hasSize(1);
        assertThat(csi.groups("legend").getFirst().getTextContent()).contains("Maya", "Sam");
    }

    @Test
    void baseline_and_latest_are_each_partners_first_and_last_value() {
        List<CaseFile.Session> scored = weekly(3);

        assertThat(ProgressCharts.baseline(scored, app.tandem.casefile.PartnerId.A)).contains(12);
        assertThat(ProgressCharts.latest(scored, app.tandem.casefile.PartnerId.B, Measure.RECIPROCAL_EFFORT)).contains(4);
        assertThat(ProgressCharts.baseline(List.of(), app.tandem.casefile.PartnerId.A)).isEmpty();
    }

    static CaseFile withSessions(List<CaseFile.Session> sessions) {
        try (InputStream in = ProgressChartsTest.class.getResourceAsStream("/casefile/minimal.json")) {
            CaseFile f = CaseFileReader.read(in);
            return new CaseFile(f.format(), f.formatVersion(), f.exportedAt(), f.couple(), f.homework(), sessions,
                    f.safetyReviews(), f.reports());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
