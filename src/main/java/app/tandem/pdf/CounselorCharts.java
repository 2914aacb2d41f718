package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.Measure;
import app.tandem.assessment.ReliableChange;
import app.tandem.assessment.ScoredSessions;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import app.tandem.chart.ProgressCharts;
import app.tandem.chart.TrendChart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counselor report's charts: for each charted measure (the composite and the three metrics,
 * and the CSI-4 when one was recorded) a chart of each partner's own line, built once from the
 * shared chart model ({@link ProgressCharts}) and handed to the sections that draw and tabulate
 * them.
 *
 * @param byMeasure each charted measure's pair of charts, in the report's order
 */
record CounselorCharts(Map<Measure, PerPartner<TrendChart>> byMeasure) {

    CounselorCharts {
        byMeasure = Collections.unmodifiableMap(new LinkedHashMap<>(byMeasure));
    }

    static CounselorCharts of(ReportTexts t, Assessment a, CaseFile file, ScoredSessions sessions) {
        List<Measure> measures = new ArrayList<>(Measure.CORE);
        if (sessions.hasCsi4()) {
            measures.add(Measure.CSI4);
        }
        ReliableChange change = ReliableChange.of(a.settings());
        ProgressCharts.PartnerWords partnerWords = new ProgressCharts.PartnerWords(
                p -> ReportTexts.firstName(file, p),
                (p, from, to) ->
                        t.format("counselor.charts.band", "from", ReportTexts.two(from), "to", ReportTexts.two(to)),
                t.get("counselor.charts.csi4Threshold"));
        Map<Measure, PerPartner<TrendChart>> charts = new LinkedHashMap<>();
        for (Measure m : measures) {
            charts.put(
                    m,
                    new PerPartner<>(
                            chart(t, file, sessions, m, PartnerId.A, partnerWords, change),
                            chart(t, file, sessions, m, PartnerId.B, partnerWords, change)));
        }
        return new CounselorCharts(charts);
    }

    private static TrendChart chart(
            ReportTexts t,
            CaseFile file,
            ScoredSessions sessions,
            Measure m,
            PartnerId partner,
            ProgressCharts.PartnerWords partnerWords,
            ReliableChange change) {
        String name = ReportTexts.firstName(file, partner);
        ProgressCharts.Words words = new ProgressCharts.Words(
                t.format("counselor.charts.panelTitle", "name", name, "partner", partner),
                t.get("counselor.charts.measure." + m.key()) + ", " + name,
                t.get("counselor.charts.xLabel"),
                t.get("counselor.charts.yLabel." + m.key()),
                t.get("counselor.charts.empty"),
                t::shortDate);
        return ProgressCharts.partners(sessions, m, List.of(partner), words, partnerWords, change);
    }

    /** The charted measures, in order. */
    List<Measure> measures() {
        return List.copyOf(byMeasure.keySet());
    }

    /** The chart of {@code partner}'s {@code measure}. */
    TrendChart get(Measure measure, PartnerId partner) {
        return byMeasure.get(measure).get(partner);
    }
}
