package app.tandem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.assessment.AssessmentSettings;
import app.tandem.assessment.Measure;
import app.tandem.assessment.ReliableChange;
import app.tandem.assessment.ScoredSessions;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
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
    static final ProgressCharts.PartnerWords PARTNERS = new ProgressCharts.PartnerWords(
            p -> p == PartnerId.A ? "Maya" : "Sam", (p, from, to) -> "No reliable change", "Distress line 13.5");

    static ProgressCharts.Words words(Measure measure) {
        return new ProgressCharts.Words(
                measure.name(),
                measure.name() + " of Maya and Sam",
                "Session date",
                measure.range(),
                "No scored sessions yet",
                LocalDate::toString);
    }

    static CaseFile.Session session(LocalDate date, boolean signed, Attendance attendance, Scores a, Scores b) {
        return new CaseFile.Session(
                date,
                LocalTime.of(17, 0),
                60,
                CaseFile.SessionFormat.IN_PERSON,
                attendance,
                signed,
                signed ? Instant.parse("2026-03-02T18:00:00Z") : null,
                signed ? "dana@example.org" : null,
                new PerPartner<>(a, b),
                List.of(),
                List.of(),
                new CaseFile.Note(null, null, null, null),
                new PerPartner<>(null, null),
                List.of());
    }

    /** {@code n} signed weekly sessions, both partners scored, A's CSI-4 recorded. */
    static List<CaseFile.Session> weekly(int n) {
        List<CaseFile.Session> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(session(
                    FIRST.plusWeeks(i),
                    true,
                    Attendance.BOTH,
                    new Scores(3 + i % 8, 4, 5, 10 + i % 10),
                    new Scores(6, 2 + i % 9, 7, null)));
        }
        return list;
    }

    static String svg(ScoredSessions scored, Measure measure) {
        return SvgChartRenderer.render(
                ProgressCharts.partners(
                        scored,
                        measure,
                        List.of(PartnerId.A, PartnerId.B),
                        words(measure),
                        PARTNERS,
                        ReliableChange.of(AssessmentSettings.DEFAULTS)),
                640,
                320);
    }

    /** The sessions as the charts take them: every one signed and dated before the as-of date. */
    static ScoredSessions scored(List<CaseFile.Session> sessions) {
        return ScoredSessions.of(withSessions(sessions), FIRST.plusYears(5));
    }

    static Stream<Arguments> sizesAndMeasures() {
        return Stream.of(1, 50)
                .flatMap(n -> Stream.of(Measure.values())
                        .filter(m -> m != Measure.CSI4)
                        .map(m -> Arguments.of(n, m)));
    }

    @ParameterizedTest(name = "{0} sessions, {1}")
    @MethodSource("sizesAndMeasures")
    void each_measure_is_valid_svg_with_one_series_per_partner_and_one_point_per_session(int n, Measure measure)
            throws Exception {
        SvgDocument svg = SvgDocument.parse(svg(scored(weekly(n)), measure));

        List<Element> series = svg.groups("series");
        assertThat(series).hasSize(2);
        assertThat(series)
                .extracting(g -> SvgDocument.children(g, "title").getFirst().getTextContent())
                .containsExactly("Maya", "Sam");
        for (Element g : series) {
            String d = SvgDocument.children(g, "path").getFirst().getAttribute("d");
            assertThat(d.chars().filter(c -> c == 'M' || c == 'L').count()).isEqualTo(n);
            assertThat(SvgDocument.children(g, "circle").size()
                            + SvgDocument.children(g, "polygon").size())
                    .isEqualTo(n);
        }
        assertThat(svg.texts("empty")).isEmpty();
        assertThat(svg.groups("legend").getFirst().getTextContent()).contains("Maya", "Sam");
    }

    @Test
    void no_scored_session_gives_valid_svg_with_the_empty_message_and_both_partners_in_the_legend() throws Exception {
        CaseFile file = withSessions(List.of(
                session(FIRST, false, Attendance.BOTH, new Scores(5, 5, 5, null), new Scores(5, 5, 5, null)),
                session(
                        FIRST.plusWeeks(5),
                        true,
                        Attendance.BOTH,
                        new Scores(5, 5, 5, null),
                        new Scores(5, 5, 5, null))));
        ScoredSessions scored = ScoredSessions.of(file, FIRST.plusWeeks(4));
        assertThat(scored.sessions()).isEmpty();

        for (Measure m : Measure.values()) {
            SvgDocument svg = SvgDocument.parse(svg(scored, m));
            assertThat(svg.root().getLocalName()).isEqualTo("svg");
            assertThat(svg.texts("empty")).containsExactly("No scored sessions yet");
            assertThat(svg.groups("series")).isEmpty();
        }
    }

    @Test
    void scored_sessions_are_the_signed_ones_up_to_the_date_in_date_order() {
        CaseFile.Session late = session(
                FIRST.plusWeeks(2), true, Attendance.BOTH, new Scores(6, 6, 6, null), new Scores(6, 6, 6, null));
        CaseFile.Session early =
                session(FIRST, true, Attendance.BOTH, new Scores(4, 4, 4, null), new Scores(4, 4, 4, null));
        CaseFile.Session draft = session(
                FIRST.plusWeeks(1), false, Attendance.BOTH, new Scores(5, 5, 5, null), new Scores(5, 5, 5, null));
        CaseFile.Session future = session(
                FIRST.plusWeeks(9), true, Attendance.BOTH, new Scores(9, 9, 9, null), new Scores(9, 9, 9, null));

        ScoredSessions scored =
                ScoredSessions.of(withSessions(List.of(late, draft, future, early)), FIRST.plusWeeks(3));
        assertThat(scored.sessions()).containsExactly(early, late);
        assertThat(List.of(scored.unsigned(), scored.afterAsOf())).containsExactly(1, 1);
    }

    @Test
    void a_partner_absent_from_a_session_leaves_a_gap_in_their_line_only() throws Exception {
        List<CaseFile.Session> scored = new ArrayList<>(weekly(2));
        scored.add(session(FIRST.plusWeeks(2), true, Attendance.A, new Scores(5, 5, 5, null), null));
        scored.add(session(
                FIRST.plusWeeks(3), true, Attendance.BOTH, new Scores(6, 6, 6, null), new Scores(6, 6, 6, null)));

        SvgDocument svg = SvgDocument.parse(svg(scored(scored), Measure.COMPOSITE));

        List<Element> series = svg.groups("series");
        assertThat(series).hasSize(2);
        String a = SvgDocument.children(series.get(0), "path").getFirst().getAttribute("d");
        String b = SvgDocument.children(series.get(1), "path").getFirst().getAttribute("d");
        assertThat(a.chars().filter(c -> c == 'M').count()).isEqualTo(1);
        assertThat(b.chars().filter(c -> c == 'M').count()).isEqualTo(2);
    }

    @Test
    void the_composite_chart_carries_each_partners_reliable_change_band_and_the_csi4_chart_the_distress_line()
            throws Exception {
        ScoredSessions scored = scored(weekly(6));

        SvgDocument composite = SvgDocument.parse(svg(scored, Measure.COMPOSITE));
        assertThat(composite.groups("band")).hasSize(2);
        assertThat(composite.groups("threshold")).isEmpty();

        assertThat(scored.hasCsi4()).isTrue();
        SvgDocument csi = SvgDocument.parse(svg(scored, Measure.CSI4));
        assertThat(csi.groups("threshold")).hasSize(1);
        assertThat(csi.groups("band")).isEmpty();
        // B has no CSI-4 at all: only A's line is drawn, B stays in the legend.
        assertThat(csi.groups("series")).hasSize(1);
        assertThat(csi.groups("legend").getFirst().getTextContent()).contains("Maya", "Sam");
    }

    @Test
    void baseline_and_latest_are_each_partners_first_and_last_value() {
        ScoredSessions scored = scored(weekly(3));

        int baseline = scored.firstIndex(PartnerId.A, Measure.COMPOSITE);
        assertThat(scored.value(baseline, PartnerId.A, Measure.COMPOSITE)).isEqualTo(12);
        int latest = scored.latestIndex(PartnerId.B, Measure.RECIPROCAL_EFFORT);
        assertThat(scored.value(latest, PartnerId.B, Measure.RECIPROCAL_EFFORT)).isEqualTo(4);
        assertThat(scored(List.of()).firstIndex(PartnerId.A, Measure.COMPOSITE)).isEqualTo(-1);
    }

    @Test
    void the_reports_and_the_screen_draw_a_partners_line_from_the_same_model() {
        ScoredSessions scored = scored(weekly(4));
        TrendChart both = ProgressCharts.partners(
                scored,
                Measure.COMPOSITE,
                List.of(PartnerId.A, PartnerId.B),
                words(Measure.COMPOSITE),
                PARTNERS,
                ReliableChange.of(AssessmentSettings.DEFAULTS));
        TrendChart alone = ProgressCharts.partners(
                scored,
                Measure.COMPOSITE,
                List.of(PartnerId.B),
                words(Measure.COMPOSITE),
                PARTNERS,
                ReliableChange.of(AssessmentSettings.DEFAULTS));

        assertThat(alone.series()).containsExactly(both.series().get(1));
        assertThat(alone.bands()).containsExactly(both.bands().get(1));
        assertThat(alone.categories()).isEqualTo(both.categories());
        assertThat(List.of(alone.yMin(), alone.yMax())).containsExactly(0.0, (double) Measure.COMPOSITE.max());
    }

    @Test
    void the_couples_line_is_the_mean_of_sessions_where_both_were_scored() {
        List<CaseFile.Session> sessions = new ArrayList<>(weekly(1));
        sessions.add(session(FIRST.plusWeeks(1), true, Attendance.A, new Scores(5, 5, 5, null), null));
        TrendChart chart =
                ProgressCharts.together(scored(sessions), Measure.COMPOSITE, words(Measure.COMPOSITE), "Together");

        assertThat(chart.series()).singleElement().satisfies(s -> {
            assertThat(s.style()).isEqualTo(SeriesStyle.THIRD);
            assertThat(s.values()).containsExactly((12 + 15) / 2.0, null);
        });
    }

    static CaseFile withSessions(List<CaseFile.Session> sessions) {
        try (InputStream in = ProgressChartsTest.class.getResourceAsStream("/casefile/minimal.json")) {
            CaseFile f = CaseFileReader.read(in);
            return new CaseFile(
                    f.format(),
                    f.formatVersion(),
                    f.exportedAt(),
                    f.couple(),
                    f.homework(),
                    sessions,
                    f.safetyReviews(),
                    f.reports());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
