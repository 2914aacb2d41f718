package app.tandem.homework;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.DateLimits;
import app.tandem.base.NotFoundException;
import app.tandem.base.RequestMemo;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.PartnerId;
import app.tandem.checkin.CheckInPause;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleChanged;
import app.tandem.couple.CoupleService;
import app.tandem.guide.GuideStep;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigns guide steps as homework and records, per partner, whether they were done. */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class HomeworkService {

    /** A recurring series never has more occurrences than this (a daily series of four months). */
    public static final int MAX_OCCURRENCES = 120;

    private final HomeworkRepository homework;
    private final HomeworkCopies copies;
    private final CoupleService couples;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final ApplicationEventPublisher events;
    private final RequestMemo memo;
    private final CheckInPause checkInPause;
    private final JdbcTemplate jdbc;

    HomeworkService(
            HomeworkRepository homework,
            HomeworkCopies copies,
            CoupleService couples,
            AuditService audit,
            PracticeSettingsService practice,
            ApplicationEventPublisher events,
            RequestMemo memo,
            CheckInPause checkInPause,
            JdbcTemplate jdbc) {
        this.memo = memo;
        this.checkInPause = checkInPause;
        this.jdbc = jdbc;
        this.homework = homework;
        this.copies = copies;
        this.couples = couples;
        this.audit = audit;
        this.practice = practice;
        this.events = events;
    }

    /** What a counselor fills in to assign one step. */
    public record AssignRequest(
            long stepId, Assignee assignee, LocalDate assignedOn, LocalDate dueOn, String instructions) {}

    /** A recurring assignment (connection appointments): one occurrence per day or week up to the end date. */
    public record SeriesRequest(
            long stepId,
            Assignee assignee,
            LocalDate firstDue,
            LocalDate lastDue,
            Frequency frequency,
            String instructions) {}

    /**
     * What each partner reported in their latest check-in per step, for steps whose completion the
     * counselor has not recorded yet: shown as "reported by partner A" until confirmed or corrected.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<PartnerId, Completion>> reportedByPartners(long coupleId) {
        couples.require(coupleId);
        Map<Long, Map<PartnerId, Completion>> reported = new HashMap<>();
        jdbc.query(
                """
                SELECT h.homework_assignment_id, k.partner, h.completion FROM check_in_homework h
                  JOIN check_in k ON k.check_in_id = h.check_in_id
                 WHERE k.couple_id = ? ORDER BY k.check_in_date, k.check_in_id
                """,
                rs -> {
                    reported.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(PartnerId.class))
                            .put(PartnerId.valueOf(rs.getString(2)), Completion.valueOf(rs.getString(3)));
                },
                coupleId);
        return reported;
    }

    /** Joint homework waits while a partner's check-in says "not safe" and no safety review followed (decision 0102). */
    private void checkJointNotPaused(long coupleId, Assignee assignee) {
        if (assignee == Assignee.BOTH && checkInPause.paused(coupleId)) {
            throw new ValidationFailure("assignee", Texts.shared().get("checkIn.paused"));
        }
    }

    /** The default due date of a step assigned on a day: its own duration, otherwise a week. */
    public static LocalDate defaultDue(GuideStep step, LocalDate assignedOn) {
        int days = step.getDefaultDurationDays() == null ? 7 : step.getDefaultDurationDays();
        return assignedOn.plusDays(days);
    }

    @Transactional(readOnly = true)
    public List<HomeworkAssignment> list(long coupleId) {
        Couple couple = couples.require(coupleId);
        return memo.get(new RequestMemo.Key(RequestMemo.HOMEWORK, coupleId), () -> homework.forCouple(couple));
    }

    @Transactional
    public HomeworkAssignment assign(long coupleId, AssignRequest request) {
        Couple couple = couples.require(coupleId);
        GuideStep step = copies.assignableStep(request.stepId());
        if (request.assignee() == null) {
            throw new ValidationFailure("assignee", "Choose who the homework is for: both partners, A or B.");
        }
        checkJointNotPaused(coupleId, request.assignee());
        if (request.assignedOn() == null) {
            throw new ValidationFailure("assignedOn", "Enter the date the homework is assigned.");
        }
        if (request.dueOn() == null) {
            throw new ValidationFailure("dueOn", "Enter a due date.");
        }
        if (request.dueOn().isBefore(request.assignedOn())) {
            throw new ValidationFailure("dueOn", "The due date cannot be before the day it is assigned.");
        }
        LocalDate today = practice.today();
        DateLimits.planned("The homework", request.assignedOn(), couple.getIntakeDate(), today)
                .ifPresent(m -> {
                    throw new ValidationFailure("assignedOn", m);
                });
        DateLimits.planned("The due date", request.dueOn(), couple.getIntakeDate(), today)
                .ifPresent(m -> {
                    throw new ValidationFailure("dueOn", m);
                });
        HomeworkCopies.checkOnePartner(step, request.assignee());
        HomeworkAssignment saved = homework.save(copies.ofStep(
                couple,
                step,
                request.assignee(),
                request.assignedOn(),
                request.dueOn(),
                HomeworkCopies.instructions(request.instructions(), step),
                null,
                null));
        audit.record(
                AuditAction.HOMEWORK_ASSIGNED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "step=" + step.getStepKey());
        events.publishEvent(new CoupleChanged(couple.getId()));
        return saved;
    }

    @Transactional
    public List<HomeworkAssignment> assignSeries(long coupleId, SeriesRequest request) {
        Couple couple = couples.require(coupleId);
        GuideStep step = copies.assignableStep(request.stepId());
        if (request.assignee() == null) {
            throw new ValidationFailure("assignee", "Choose who the homework is for: both partners, A or B.");
        }
        checkJointNotPaused(coupleId, request.assignee());
        if (request.firstDue() == null || request.lastDue() == null) {
            throw new ValidationFailure("lastDue", "Enter the first and the last day of the series.");
        }
        if (request.lastDue().isBefore(request.firstDue())) {
            throw new ValidationFailure("lastDue", "The series must end on or after its first day.");
        }
        DateLimits.planned("The series", request.firstDue(), couple.getIntakeDate(), practice.today())
                .ifPresent(m -> {
                    throw new ValidationFailure("firstDue", m);
                });
        DateLimits.planned("The series", request.lastDue(), couple.getIntakeDate(), practice.today())
                .ifPresent(m -> {
                    throw new ValidationFailure("lastDue", m);
                });
        if (request.frequency() == null || request.frequency() == Frequency.CUSTOM) {
            throw new ValidationFailure("frequency", "Choose daily or weekly.");
        }
        HomeworkCopies.checkOnePartner(step, request.assignee());
        int stepDays = request.frequency() == Frequency.DAILY ? 1 : 7;
        List<LocalDate> dues = new ArrayList<>();
        for (LocalDate d = request.firstDue(); !d.isAfter(request.lastDue()); d = d.plusDays(stepDays)) {
            dues.add(d);
        }
        if (dues.size() > MAX_OCCURRENCES) {
            throw new ValidationFailure(
                    "lastDue",
                    "A series can have at most " + MAX_OCCURRENCES + " occurrences; choose an earlier end date.");
        }
        String seriesId = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        LocalDate assignedOn = practice.today().isBefore(request.firstDue()) ? practice.today() : request.firstDue();
        String text = HomeworkCopies.instructions(request.instructions(), step);
        List<HomeworkAssignment> created = new ArrayList<>();
        for (LocalDate due : dues) {
            created.add(copies.ofStep(
                    couple, step, request.assignee(), assignedOn, due, text, seriesId, request.frequency()));
        }
        List<HomeworkAssignment> saved = homework.saveAll(created);
        audit.record(
                AuditAction.HOMEWORK_ASSIGNED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "step=" + step.getStepKey() + " series=" + dues.size());
        events.publishEvent(new CoupleChanged(couple.getId()));
        return saved;
    }

    /** Records one partner's completion (and reflection) of one assignment. */
    @Transactional
    public HomeworkAssignment record(
            long assignmentId, long expectedVersion, PartnerId partner, Completion completion, String reflection) {
        HomeworkAssignment assignment = accessible(assignmentId);
        if (assignment.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("this homework");
        }
        apply(assignment, partner, completion, reflection);
        audit.record(
                AuditAction.HOMEWORK_UPDATED, "COUPLE", assignment.getCouple().getReference());
        events.publishEvent(new CoupleChanged(assignment.getCouple().getId()));
        return assignment;
    }

    /**
     * Records one partner's completion for every occurrence of a series due in a date range, in
     * one action (a week of daily appointments is one click, not seven).
     */
    @Transactional
    public int recordSeries(long coupleId, String seriesId, PeriodRecord period) {
        return recordSeries(coupleId, seriesId, period.partner(), period.completion(), period.from(), period.to());
    }

    /** One partner's completion of a series over a period, as the series-record dialog carries it. */
    public record PeriodRecord(PartnerId partner, Completion completion, LocalDate from, LocalDate to) {}

    @Transactional
    public int recordSeries(
            long coupleId, String seriesId, PartnerId partner, Completion completion, LocalDate from, LocalDate to) {
        Couple couple = couples.require(coupleId);
        int changed = 0;
        for (HomeworkAssignment occurrence : homework.series(couple, seriesId)) {
            if (!occurrence.getDueOn().isBefore(from) && !occurrence.getDueOn().isAfter(to)) {
                apply(occurrence, partner, completion, occurrence.reflection(partner));
                changed++;
            }
        }
        if (changed == 0) {
            throw new ValidationFailure("series", "No occurrence of this series is due in that period.");
        }
        audit.record(
                AuditAction.HOMEWORK_UPDATED, "COUPLE", couple.getReference(), AuditService.OK, "series=" + changed);
        events.publishEvent(new CoupleChanged(couple.getId()));
        return changed;
    }

    /** Changes the instructions of an assignment before it is reviewed (a counselor tailoring it). */
    @Transactional
    public HomeworkAssignment editInstructions(long assignmentId, long expectedVersion, String instructions) {
        HomeworkAssignment assignment = accessible(assignmentId);
        if (assignment.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("this homework");
        }
        if (instructions == null || instructions.isBlank()) {
            throw new ValidationFailure("instructions", "Write the instructions the couple will follow.");
        }
        if (instructions.length() > HomeworkAssignment.INSTRUCTIONS_MAX_LENGTH) {
            throw new ValidationFailure(
                    "instructions", "Use at most " + HomeworkAssignment.INSTRUCTIONS_MAX_LENGTH + " characters.");
        }
        assignment.editInstructions(HomeworkCopies.withSafetyLine(instructions.trim()));
        audit.record(
                AuditAction.HOMEWORK_UPDATED, "COUPLE", assignment.getCouple().getReference());
        return assignment;
    }

    /** Recreates the homework of an imported case file for a couple the caller just restored. */
    @Transactional
    public void restore(Couple couple, List<CaseFile.Assignment> assignments) {
        couples.checkAccess(couple);
        homework.saveAll(
                assignments.stream().map(a -> copies.imported(couple, a)).toList());
    }

    /** The assignment if the caller may see its couple; another counselor's looks exactly like an unknown id. */
    private HomeworkAssignment accessible(long assignmentId) {
        HomeworkAssignment assignment =
                homework.findById(assignmentId).orElseThrow(() -> new NotFoundException("The homework"));
        try {
            couples.require(assignment.getCouple().getId());
        } catch (NotFoundException refused) {
            throw new NotFoundException("The homework");
        }
        return assignment;
    }

    private void apply(HomeworkAssignment assignment, PartnerId partner, Completion completion, String reflection) {
        if (partner == null || !assignment.isFor(partner)) {
            throw new ValidationFailure("partner", "This homework is not assigned to partner " + partner + ".");
        }
        if (completion == null) {
            throw new ValidationFailure("completion", "Choose done, partly done or not done.");
        }
        if (reflection != null && reflection.length() > HomeworkAssignment.REFLECTION_MAX_LENGTH) {
            throw new ValidationFailure(
                    "reflection", "Use at most " + HomeworkAssignment.REFLECTION_MAX_LENGTH + " characters.");
        }
        assignment.record(
                partner,
                completion,
                reflection == null || reflection.isBlank() ? null : reflection.trim(),
                practice.today());
    }
}
