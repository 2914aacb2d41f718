package app.tandem.session.ui;

import app.tandem.base.ui.Dates;
import app.tandem.base.ui.FieldErrors;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.homework.ui.CompletionSelect;
import app.tandem.session.CounselingSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;

/**
 * The homework due since the couple's previous session (or since the intake), each partner's
 * completion recorded at once with the same select as on the Homework tab.
 */
class DueHomeworkSection extends Div {

    /**
     * {@code earlier}: the couple's sessions other than this one; {@code sessionDate} null for a
     * new session, which then looks up to {@code today}.
     */
    DueHomeworkSection(
            Couple couple,
            List<CounselingSession> earlier,
            List<HomeworkAssignment> assignments,
            LocalDate sessionDate,
            LocalDate today,
            HomeworkService homework) {
        add(new H2("Homework due since the last session"));
        List<CounselingSession> before = earlier.stream()
                .filter(s -> sessionDate != null && s.getDate().isBefore(sessionDate))
                .toList();
        LocalDate since = before.isEmpty()
                ? couple.getIntakeDate().minusDays(1)
                : before.get(before.size() - 1).getDate();
        LocalDate upTo = sessionDate == null ? today : sessionDate;
        List<HomeworkAssignment> due = assignments.stream()
                .filter(h -> h.getDueOn().isAfter(since) && !h.getDueOn().isAfter(upTo))
                .toList();
        if (due.isEmpty()) {
            add(new Paragraph("No homework was due since the last session."));
            return;
        }
        for (HomeworkAssignment h : due) {
            HorizontalLayout row =
                    new HorizontalLayout(new Span(h.getTitle() + " · due " + Dates.format(h.getDueOn())));
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            CompletionSelect.Version version = new CompletionSelect.Version(h.getVersion());
            for (PartnerId p : PartnerId.values()) {
                if (h.isFor(p)) {
                    row.add(new CompletionSelect("Partner " + p, h.completion(p))
                            .recording(
                                    homework,
                                    h,
                                    p,
                                    version,
                                    c -> FieldErrors.Notifications.saved("Homework recorded for partner " + p + "."),
                                    () -> {}));
                }
            }
            add(row);
        }
    }
}
