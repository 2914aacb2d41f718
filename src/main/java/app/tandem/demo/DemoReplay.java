package app.tandem.demo;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.ConsentMethod;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.ScreenConclusion;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleService;
import app.tandem.couple.Referral;
import app.tandem.guide.GuideStep;
import app.tandem.guide.PartnerRole;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.intake.IntakeService;
import app.tandem.security.Counselor;
import app.tandem.session.CounselingSession;
import app.tandem.session.ReviewStatus;
import app.tandem.session.SafetyReview;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Writes a couple's history, given as a case file, through the application's services as its
 * counselor would have recorded it: the intake on its day, each session saved as a draft at its
 * end and signed that evening, homework assigned after the session and its completion recorded
 * the day after it was due, safety reviews, referrals and status changes on their dates (decision
 * 0094). Each action runs with the demo's clock moved to the moment it happened, signed in as the
 * person who did it. Homework steps are the guide's (by key), so titles and one-partner rules are
 * the guide's too; a step the guide does not have is left out.
 */
final class DemoReplay {

    /** The services a counselor's actions go through. */
    record Services(CoupleService couples, IntakeService intake, SessionService sessions, HomeworkService homework) {}

    /** Who acts and when: the demo writer moves the clock and signs the person in. */
    interface Actor {
        void act(Instant at, Counselor who, Runnable action);
    }

    private final Services services;
    private final Map<String, GuideStep> steps;
    private final ZoneId zone;
    private final Instant now;
    private final BiConsumer<Instant, List<Step>> runner;

    /** One thing done, at a moment, by someone. */
    record Step(Instant at, int order, Counselor who, Runnable action) {}

    DemoReplay(Services services, Map<String, GuideStep> steps, ZoneId zone, Instant now, Actor actor) {
        this.services = services;
        this.steps = steps;
        this.zone = zone;
        this.now = now;
        this.runner = (end, list) -> {
            list.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
            // Nothing is dated after the moment the demo is written: later steps keep their order just before it.
            for (int i = 0; i < list.size(); i++) {
                Step s = list.get(i);
                Instant latest = end.minusSeconds(60L * (list.size() - i));
                actor.act(s.at().isAfter(latest) ? latest : s.at(), s.who(), s.action());
            }
        };
    }

    /** The couple as written: its entity and, per case-file session, the session written. */
    static final class Written {
        Couple couple;
        final List<CounselingSession> sessions = new ArrayList<>();
    }

    /**
     * Writes {@code file}'s couple for {@code owner}; {@code supervisor} co-signs the safety reviews
     * that need it. With {@code screened}, both partners' IPV screens are recorded at intake.
     */
    Written replay(CaseFile file, Counselor owner, Counselor supervisor, boolean screened) {
        CaseFile.Couple c = file.couple();
        Written w = new Written();
        List<Step> plan = new ArrayList<>();
        int[] order = {0};
        BiConsumer<Instant, Runnable> by = (at, action) -> plan.add(new Step(at, order[0]++, owner, action));
        LocalDate intake = c.intakeDate();

        by.accept(at(intake, 9, 0), () -> w.couple = services.couples().create(CoupleDetails.of(c)));
        by.accept(at(intake, 9, 20), () -> {
            for (PartnerId p : PartnerId.values()) {
                services.intake()
                        .recordConsent(
                                w.couple.getId(),
                                p,
                                new IntakeService.ConsentRequest(intake, ConsentMethod.SIGNED_IN_PERSON));
            }
        });
        if (screened) {
            by.accept(at(intake, 9, 40), () -> {
                Map<HitsItem, Integer> never = new EnumMap<>(HitsItem.class);
                for (HitsItem item : HitsItem.values()) {
                    never.put(item, 1);
                }
                for (PartnerId p : PartnerId.values()) {
                    services.intake()
                            .recordScreen(
                                    w.couple.getId(),
                                    p,
                                    new IntakeService.ScreenRequest(
                                            intake, never, Map.of(), ScreenConclusion.NO_CONCERN, null));
                }
            });
        }

        for (CaseFile.Session s : file.sessions()) {
            sessionSteps(s, w, by);
        }
        homeworkSteps(file, w, by);
        for (CaseFile.SafetyReview r : file.safetyReviews()) {
            by.accept(
                    at(r.date(), 18, 30),
                    () -> services.sessions()
                            .recordSafetyReview(
                                    w.couple.getId(),
                                    new SessionService.ReviewRequest(
                                            r.date(), r.outcome(), r.referralMade(), r.safetyPlan())));
            plan.add(new Step(at(r.date().plusDays(1), 9, 0), order[0]++, supervisor, () -> {
                for (ReviewStatus status : services.sessions().safetyReviewStatuses(w.couple.getId())) {
                    if (status.awaitingCoSignature()) {
                        SafetyReview review = status.review();
                        services.sessions().coSign(review.getId());
                    }
                }
            }));
        }
        statusSteps(c, w, by);
        runner.accept(now, plan);
        return w;
    }

    private void sessionSteps(CaseFile.Session s, Written w, BiConsumer<Instant, Runnable> by) {
        LocalTime start = s.startTime() == null ? LocalTime.of(17, 0) : s.startTime();
        int minutes = s.durationMinutes() == null ? 60 : s.durationMinutes();
        Instant end = at(s.date(), start.getHour(), start.getMinute()).plus(Duration.ofMinutes(minutes));
        SessionContent content = SessionContent.of(s);
        int index = w.sessions.size();
        w.sessions.add(null);
        by.accept(end, () -> w.sessions.set(index, services.sessions().createDraft(w.couple.getId(), content)));
        if (!s.signed()) {
            return;
        }
        Instant signAt =
                s.signedAt() != null && s.signedAt().isAfter(end) ? s.signedAt() : end.plus(Duration.ofMinutes(40));
        by.accept(signAt, () -> {
            CounselingSession draft = w.sessions.get(index);
            w.sessions.set(index, services.sessions().sign(draft.getId(), draft.getVersion(), content));
        });
        Instant amendAt = signAt;
        for (CaseFile.Amendment a : s.amendments()) {
            amendAt = a.at() != null && a.at().isAfter(amendAt) ? a.at() : amendAt.plus(Duration.ofHours(20));
            by.accept(
                    amendAt,
                    () -> services.sessions()
                            .amend(
                                    w.sessions.get(index).getId(),
                                    new SessionService.AmendRequest(
                                            a.scope() == null ? CaseFile.AmendmentScope.SHARED : a.scope(),
                                            a.reason(),
                                            a.text())));
        }
    }

    private void homeworkSteps(CaseFile file, Written w, BiConsumer<Instant, Runnable> by) {
        Pursuer pursuer =
                file.couple().context() == null ? null : file.couple().context().pursuer();
        Map<String, List<CaseFile.Assignment>> series = new LinkedHashMap<>();
        for (CaseFile.Assignment h : file.homework()) {
            GuideStep step = steps.get(h.stepKey());
            if (step == null) {
                continue;
            }
            if (h.series() != null) {
                series.computeIfAbsent(h.series().id(), k -> new ArrayList<>()).add(h);
                continue;
            }
            singleAssignment(h, step, forRole(step, h.assignee(), pursuer), w, by);
        }
        for (List<CaseFile.Assignment> occurrences : series.values()) {
            occurrences.sort(Comparator.comparing(CaseFile.Assignment::dueOn));
            CaseFile.Assignment first = occurrences.get(0);
            GuideStep step = steps.get(first.stepKey());
            assignmentSeries(occurrences, step, forRole(step, first.assignee(), pursuer), w, by);
        }
    }

    /** One assignment, then each partner's completion the day it was reviewed (or the day after it was due). */
    private void singleAssignment(
            CaseFile.Assignment h, GuideStep step, Assignee assignee, Written w, BiConsumer<Instant, Runnable> by) {
        HomeworkAssignment[] made = new HomeworkAssignment[1];
        by.accept(
                at(h.assignedOn(), 18, 15),
                () -> made[0] = services.homework()
                        .assign(
                                w.couple.getId(),
                                new HomeworkService.AssignRequest(
                                        step.getId(), assignee, h.assignedOn(), h.dueOn(), null)));
        for (PartnerId p : PartnerId.values()) {
            Completion done = h.completion().get(p);
            if (done == null || !made(assignee, p)) {
                continue;
            }
            LocalDate on = h.reviewedOn() != null ? h.reviewedOn() : h.dueOn().plusDays(1);
            by.accept(
                    at(on, 17, 30),
                    () -> services.homework()
                            .record(
                                    made[0].getId(),
                                    made[0].getVersion(),
                                    p,
                                    done,
                                    h.reflections().get(p)));
        }
    }

    /** A series assigned at once (its occurrences sorted by due date), then each partner's completions. */
    private void assignmentSeries(
            List<CaseFile.Assignment> occurrences,
            GuideStep step,
            Assignee assignee,
            Written w,
            BiConsumer<Instant, Runnable> by) {
        CaseFile.Assignment first = occurrences.get(0);
        Frequency frequency = first.series().frequency() == Frequency.WEEKLY ? Frequency.WEEKLY : Frequency.DAILY;
        String[] id = new String[1];
        by.accept(
                at(first.assignedOn(), 18, 15),
                () -> id[0] = services.homework()
                        .assignSeries(
                                w.couple.getId(),
                                new HomeworkService.SeriesRequest(
                                        step.getId(),
                                        assignee,
                                        first.dueOn(),
                                        occurrences.get(occurrences.size() - 1).dueOn(),
                                        frequency,
                                        null))
                        .get(0)
                        .getSeriesId());
        for (PartnerId p : PartnerId.values()) {
            if (made(assignee, p)) {
                seriesCompletions(occurrences, p, w, id, by);
            }
        }
    }

    /**
     * Runs of the same answer are recorded in one action, as the series screen offers; {@code seriesId}
     * holds the series' id once its planned assignment has run.
     */
    private void seriesCompletions(
            List<CaseFile.Assignment> occurrences,
            PartnerId p,
            Written w,
            String[] seriesId,
            BiConsumer<Instant, Runnable> by) {
        int from = 0;
        for (int i = 1; i <= occurrences.size(); i++) {
            Completion run = occurrences.get(from).completion().get(p);
            if (i < occurrences.size() && occurrences.get(i).completion().get(p) == run) {
                continue;
            }
            LocalDate firstDue = occurrences.get(from).dueOn();
            LocalDate lastDue = occurrences.get(i - 1).dueOn();
            if (run != null) {
                by.accept(
                        at(lastDue.plusDays(1), 17, 30),
                        () -> services.homework()
                                .recordSeries(w.couple.getId(), seriesId[0], p, run, firstDue, lastDue));
            }
            from = i;
        }
    }

    private void statusSteps(CaseFile.Couple c, Written w, BiConsumer<Instant, Runnable> by) {
        Set<CaseFile.Referral> used = new HashSet<>();
        List<CaseFile.StatusChange> history = new ArrayList<>(c.statusHistory());
        if (history.get(history.size() - 1).status() != c.status()
                && c.status() == CoupleStatus.REFERRED
                && !c.referrals().isEmpty()) {
            // A file may carry only its referrals: the couple was moved to "referred" with its latest one.
            CaseFile.Referral latest = c.referrals().stream()
                    .max(Comparator.comparing(CaseFile.Referral::on))
                    .orElseThrow();
            history.add(new CaseFile.StatusChange(CoupleStatus.REFERRED, at(latest.on(), 12, 0), null, null));
        }
        for (int i = 1; i < history.size(); i++) {
            CaseFile.StatusChange h = history.get(i);
            CaseFile.Referral referral = h.status() == CoupleStatus.REFERRED
                    ? c.referrals().stream()
                            .filter(r -> !used.contains(r))
                            .min(Comparator.comparing(r ->
                                    Math.abs(r.on().toEpochDay() - date(h.at()).toEpochDay())))
                            .orElse(null)
                    : null;
            if (referral != null) {
                used.add(referral);
            }
            by.accept(
                    h.at(),
                    () -> services.couples()
                            .changeStatus(
                                    w.couple.getId(),
                                    w.couple.getVersion(),
                                    new CoupleService.StatusChange(
                                            h.status(),
                                            h.reason() == null && h.status() != CoupleStatus.ACTIVE
                                                    ? "Agreed with both partners"
                                                    : h.reason(),
                                            c.closingSummary(),
                                            referral == null ? null : referral.type(),
                                            referral == null ? null : referral.on(),
                                            referral == null ? null : referral.to())));
        }
        for (CaseFile.Referral r : c.referrals()) {
            if (!used.contains(r)) {
                by.accept(
                        at(r.on(), 12, 0),
                        () -> services.couples()
                                .addReferral(w.couple.getId(), r.type(), r.on(), r.to(), r.notes(), null));
            }
            if (r.firstSessionOn() != null) {
                by.accept(at(r.firstSessionOn(), 12, 30), () -> {
                    Referral made = services.couples().referrals(w.couple.getId()).stream()
                            .filter(x ->
                                    x.getType() == r.type() && x.getReferredOn().equals(r.on()))
                            .findFirst()
                            .orElseThrow();
                    services.couples().recordFirstSession(made.getId(), made.getVersion(), r.firstSessionOn());
                });
            }
        }
    }

    /** A step written for one partner goes to that partner (the pursuer or the other), never to both. */
    private static Assignee forRole(GuideStep step, Assignee asked, Pursuer pursuer) {
        if (step.getPartnerRole() == null || asked != Assignee.BOTH) {
            return asked;
        }
        boolean pursuerIsB = pursuer == Pursuer.B;
        boolean toPursuer = step.getPartnerRole() == PartnerRole.PURSUER;
        return toPursuer == pursuerIsB ? Assignee.B : Assignee.A;
    }

    private static boolean made(Assignee assignee, PartnerId p) {
        return assignee == Assignee.BOTH || assignee.name().equals(p.name());
    }

    Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(zone).toInstant();
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
