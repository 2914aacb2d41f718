package app.tandem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgChartRendererTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;

    @Test
    void chart_without_sessions_is_valid_svg_saying_no_scored_sessions_yet() throws Exception {
        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.composite(0), WIDTH, HEIGHT));

        assertThat(svg.texts("empty")).containsExactly("No scored sessions yet");
        assertThat(svg.groups("series")).isEmpty();
        assertThat(svg.texts("x-label")).isEmpty();
        assertThat(svg.all("title").getFirst().getTextContent()).isEqualTo("Composite score");
    }

    @Test
    void empty_message_is_the_one_the_caller_gives() throws Exception {
        TrendChart chart = TrendChart.builder("Emotional safety", 0, 10)
                .emptyMessage("Noch keine bewerteten Sitzungen")
                .series("Alex", SeriesStyle.PARTNER_A)
                .point(LocalDate.of(2026, 2, 1), "1. Feb.", (Number) null)
                .build();

        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(chart, WIDTH, HEIGHT));

        assertThat(svg.texts("empty")).containsExactly("Noch keine bewerteten Sitzungen");
        assertThat(svg.texts("x-label")).containsExactly("1. Feb.");
    }

    @Test
    void root_is_an_accessible_standalone_svg_element() throws Exception {
        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.composite(3), WIDTH, HEIGHT));

        Element root = svg.root();
        assertThat(root.getNamespaceURI()).isEqualTo(SvgDocument.SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 320");
        Element firstChild =
                (Element) root.getElementsByTagNameNS(SvgDocument.SVG_NS, "*").item(0);
        assertThat(firstChild.getLocalName()).isEqualTo("title");
        assertThat(firstChild.getTextContent()).isEqualTo("Composite score");
        assertThat(svg.all("desc"))
                .singleElement()
                .extracting(Element::getTextContent)
                .asString()
                .contains("three success metrics");
    }

    @Test
    void single_session_draws_one_marker_and_one_path_per_partner() throws Exception {
        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.composite(1), WIDTH, HEIGHT));

        List<Element> series = svg.groups("series");
        assertThat(series).hasSize(2);
        for (Element g : series) {
            assertThat(SvgDocument.children(g, "path")).hasSize(1);
            int markers = SvgDocument.children(g, "circle").size()
                    + SvgDocument.children(g, "polygon").size();
            assertThat(markers).isEqualTo(1);
        }
        assertThat(svg.texts("x-label")).containsExactly("5 Jan");
        assertThat(svg.texts("empty")).isEmpty();
    }

    @Test
    void fifty_sessions_draw_one_path_per_partner_and_thin_out_the_date_labels() throws Exception {
        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.composite(50), WIDTH, HEIGHT));

        List<Element> series = svg.groups("series");
        assertThat(series).hasSize(2);
        series.forEach(g -> assertThat(SvgDocument.children(g, "path")).hasSize(1));
        List<String> xLabels = svg.texts("x-label");
        assertThat(xLabels).hasSizeBetween(3, 49).startsWith("5 Jan");
    }

    @Test
    void partners_differ_in_dash_pattern_and_marker_shape_not_only_colour() throws Exception {
        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.composite(4), WIDTH, HEIGHT));

        List<Element> series = svg.groups("series");
        Element pathA = SvgDocument.children(series.get(0), "path").getFirst();
        Element pathB = SvgDocument.children(series.get(1), "path").getFirst();
        assertThat(pathA.getAttribute("stroke-dasharray")).isNotEqualTo(pathB.getAttribute("stroke-dasharray"));
        assertThat(SvgDocument.children(series.get(0), "circle")).hasSize(4);
        assertThat(SvgDocument.children(series.get(1), "polygon")).hasSize(4);
    }

    @Test
    void gap_in_the_scores_splits_the_line_into_separate_subpaths() throws Exception {
        TrendChart chart = SampleCharts.csi4(12, 13, null, 15, 16);

        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(chart, WIDTH, HEIGHT));

        Element g = svg.groups("series").getFirst();
        String d = SvgDocument.children(g, "path").getFirst().getAttribute("d");
        assertThat(d.chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(d.chars().filter(c -> c == 'L').count()).isEqualTo(2);
        assertThat(SvgDocument.children(g, "circle")).hasSize(4);
    }

    @Test
    void series_with_no_values_gets_no_path_but_keeps_its_legend_entry() throws Exception {
        TrendChart chart = TrendChart.builder("CSI-4", 0, 21)
                .series("Alex", SeriesStyle.PARTNER_A)
                .series("Sam", SeriesStyle.PARTNER_B)
                .point(LocalDate.of(2026, 1, 5), "5 Jan", 14, null)
                .point(LocalDate.of(2026, 1, 12), "12 Jan", 15, null)
                .build();

        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(chart, WIDTH, HEIGHT));

        assertThat(svg.groups("series")).hasSize(1);
        assertThat(svg.groups("legend").getFirst().getTextContent()).contains("Alex", "Sam");
    }

    @Test
    void markup_in_names_and_labels_is_escaped() throws Exception {
        TrendChart chart = TrendChart.builder("Trend <b>&</b> \"quoted\"", 0, 10)
                .description("A & B <script>")
                .yLabel("Score <0–10>")
                .series("Alex <&> Co", SeriesStyle.PARTNER_A)
                .series("Sam 'O'Neil'", SeriesStyle.PARTNER_B)
                .point(LocalDate.of(2026, 1, 5), "<5 Jan>", 4, 5)
                .threshold(new Threshold(5, "cut & <off>"))
                .build();

        String raw = SvgChartRenderer.render(chart, WIDTH, HEIGHT);
        SvgDocument svg = SvgDocument.parse(raw);

        assertThat(raw).doesNotContain("<b>", "<script>", "<&>");
        assertThat(svg.allTexts()).contains("Alex <&> Co", "Sam 'O'Neil'", "<5 Jan>", "cut & <off>", "Score <0–10>");
        assertThat(svg.all("title").getFirst().getTextContent()).isEqualTo("Trend <b>&</b> \"quoted\"");
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo("Trend <b>&</b> \"quoted\"");
        assertThat(svg.all("desc").getFirst().getTextContent()).isEqualTo("A & B <script>");
    }

    @Test
    void characters_xml_forbids_are_dropped_instead_of_breaking_the_document() throws Exception {
        TrendChart chart = TrendChart.builder("Bell\u0007 and null\u0000", 0, 10)
                .series("Alex \uD83D\uDE00", SeriesStyle.PARTNER_A)
                .point(LocalDate.of(2026, 1, 5), "5 Jan", 4)
                .build();

        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(chart, WIDTH, HEIGHT));

        assertThat(svg.all("title").getFirst().getTextContent()).isEqualTo("Bell and null");
        assertThat(svg.allTexts()).contains("Alex \uD83D\uDE00");
    }

    @Test
    void bands_are_translucent_rectangles_with_dashed_edges_explained_in_the_legend() throws Exception {
        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.composite(6), WIDTH, HEIGHT));

        List<Element> bands = svg.groups("band");
        assertThat(bands).hasSize(2);
        Element rect = SvgDocument.children(bands.getFirst(), "rect").getFirst();
        assertThat(Float.parseFloat(rect.getAttribute("fill-opacity"))).isBetween(0.05f, 0.5f);
        assertThat(Float.parseFloat(rect.getAttribute("height"))).isPositive();
        List<Element> partnerBEdges = SvgDocument.children(bands.get(1), "line");
        assertThat(partnerBEdges)
                .hasSize(2)
                .allSatisfy(l -> assertThat(l.getAttribute("stroke-dasharray")).isNotBlank());
        assertThat(bands.getFirst().getTextContent()).contains("Alex: no reliable change");
        assertThat(svg.groups("legend").getFirst().getTextContent())
                .contains("Alex: no reliable change", "Sam: no reliable change");
    }

    @Test
    void threshold_is_a_dashed_line_with_its_label_drawn_over_the_series() throws Exception {
        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.csi4(10, 12, 15), WIDTH, HEIGHT));

        Element threshold = svg.groups("threshold").getFirst();
        Element line = SvgDocument.children(threshold, "line").getFirst();
        assertThat(line.getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(line.getAttribute("y1")).isEqualTo(line.getAttribute("y2"));
        Element label = svg.groups("threshold-label").getFirst();
        assertThat(label.getTextContent()).contains("Distress line 13.5");
        assertThat(label.compareDocumentPosition(svg.groups("series").getLast()))
                .as("label comes after the series")
                .isEqualTo(org.w3c.dom.Node.DOCUMENT_POSITION_PRECEDING);
    }

    @Test
    void axes_have_ticks_with_labels_and_axis_titles() throws Exception {
        SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.composite(5), WIDTH, HEIGHT));

        Element axes = svg.groups("axes").getFirst();
        assertThat(svg.texts("axis-label")).containsExactly("Composite (0–30)", "Session");
        assertThat(axes.getTextContent()).contains("0", "10", "20", "30");
    }

    @Test
    void same_chart_renders_to_the_same_string() {
        TrendChart chart = SampleCharts.composite(26);

        assertThat(SvgChartRenderer.render(chart, WIDTH, HEIGHT))
                .isEqualTo(SvgChartRenderer.render(chart, WIDTH, HEIGHT));
    }

    @Test
    void very_small_box_still_gives_valid_svg() throws Exception {
        for (int sessions : new int[] {0, 1, 50}) {
            SvgDocument svg = SvgDocument.parse(SvgChartRenderer.render(SampleCharts.composite(sessions), 60, 40));
            assertThat(svg.root().getLocalName()).isEqualTo("svg");
        }
    }
}
