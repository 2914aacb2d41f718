package app.tandem.progress.ui;

import app.tandem.base.ui.Dates;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which score anchors the charted scores were given under, as runs of sessions ("1 Sep – 29 Sep:
 * anchors v1 (5 sessions)"), with a caution when the anchors changed along the way: a change
 * across the switch may come from the new wording as much as from the couple.
 */
class AnchorVersionsNote extends Div {

    /** Consecutive scored sessions under one anchors version. */
    record Run(int version, LocalDate from, LocalDate to, int count) {}

    AnchorVersionsNote(List<Session> scored) {
        setId("anchor-versions");
        Texts texts = Texts.shared();
        ScoreAnchors anchors = ScoreAnchors.shared();
        List<Run> runs = runs(scored);
        add(new H3(texts.get("scoreAnchors.progress.title")));
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", texts.get("scoreAnchors.progress.title"));
        for (Run r : runs) {
            list.add(new ListItem(texts.format(
                    "scoreAnchors.progress.run." + (r.count() == 1 ? "one" : "other"),
                    Map.of(
                            "from",
                            Dates.format(r.from()),
                            "to",
                            Dates.format(r.to()),
                            "version",
                            anchors.name(r.version()),
                            "count",
                            r.count()))));
        }
        add(list);
        if (runs.stream().map(Run::version).distinct().count() > 1) {
            Paragraph mixed = new Paragraph(texts.get("scoreAnchors.progress.mixed"));
            mixed.addClassName("guidance-box");
            add(mixed);
        }
    }

    static List<Run> runs(List<Session> scored) {
        List<Run> runs = new ArrayList<>();
        for (Session s : scored) {
            Run last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && last.version() == s.anchorsVersion()) {
                runs.set(runs.size() - 1, new Run(last.version(), last.from(), s.date(), last.count() + 1));
            } else {
                runs.add(new Run(s.anchorsVersion(), s.date(), s.date(), 1));
            }
        }
        return runs;
    }
}
