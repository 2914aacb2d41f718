package app.tandem.progress;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleChanged;
import app.tandem.couple.CoupleRecords;
import app.tandem.couple.CoupleService;
import app.tandem.practice.PracticeSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each couple's current assessment and summary row in the database: refreshed in the same
 * transaction as any change to the couple's record, and daily for the passing of time. Nothing is
 * cached in memory, so several Tandem instances sharing a database always agree.
 */
@Service
public class CurrentAssessmentService {

    private static final Logger log = LoggerFactory.getLogger(CurrentAssessmentService.class);
    private static final int BATCH = 200;

    private final CoupleRecords couples;
    private final CoupleAssessmentRepository assessments;
    private final CaseRecordAssembler assembler;
    private final AssessmentSettingsProvider settings;
    private final PracticeSettingsService practice;
    private final TransactionTemplate transactions;
    private final CoupleService coupleAccess;
    private final Clock clock;

    CurrentAssessmentService(
            CoupleRecords couples,
            CoupleAssessmentRepository assessments,
            CaseRecordAssembler assembler,
            AssessmentSettingsProvider settings,
            PracticeSettingsService practice,
            TransactionTemplate transactions,
            CoupleService coupleAccess,
            Clock clock) {
        this.coupleAccess = coupleAccess;
        this.couples = couples;
        this.assessments = assessments;
        this.assembler = assembler;
        this.settings = settings;
        this.practice = practice;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * In the transaction of the change, made by a service that checked access to the couple;
     * returns nothing, so calling it reveals nothing.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCoupleChanged(CoupleChanged event) {
        recompute(event.coupleId());
    }

    /**
     * Recomputes one couple's assessment and summary as of the practice's today and returns it:
     * only for a couple the caller may see (another counselor's is refused as not found, audited).
     */
    @PreAuthorize("hasRole('COUNSELOR')")
    @Transactional
    public Assessment refresh(long coupleId) {
        coupleAccess.require(coupleId);
        return recompute(coupleId);
    }

    private Assessment recompute(long coupleId) {
        Couple couple = couples.load(coupleId);
        LocalDate today = practice.today();
        CaseFile file = assembler.assemble(couple, CaseRecordAssembler.Content.SHARED);
        CurrentFigures f = CurrentFigures.of(file, today, settings.settings());
        Assessment a = f.assessment();
        CoupleAssessment stored = assessments.findById(coupleId).orElseGet(() -> new CoupleAssessment(coupleId));
        stored.update(
                today,
                a.ruleSet(),
                a.recommendation().name(),
                a.decisiveRule().name(),
                a.urgent(),
                f.unsignedSafety(),
                f.activeSafety(),
                f.partnersDiverge(),
                f.json(),
                clock.instant());
        assessments.save(stored);

        couples.updateSummary(
                coupleId,
                clock.instant(),
                summary -> summary.update(
                        f.lastSessionDate(),
                        f.nextHomeworkDue(),
                        f.overdueHomework(),
                        f.adherence(),
                        a.recommendation().name(),
                        f.safetyMarker(),
                        clock.instant()));
        return a;
    }

    /**
     * Daily, and shortly after start, on one instance at a time: every couple whose stored
     * assessment is from an earlier day (days elapsed and the review window move with the
     * calendar) or was made under another rule set (after an upgrade, every couple is re-assessed
     * under the engine's) is recomputed, in batches of their own transactions so a large practice
     * never holds one long transaction (see {@link #refreshStale()}). The lock row stays taken for at least five minutes, so
     * instances started together, or whose clocks differ a little, skip the run another instance
     * has just made.
     */
    @Scheduled(cron = "${tandem.assessment.refresh-cron:0 10 0 * * *}")
    @Scheduled(initialDelayString = "${tandem.assessment.refresh-initial-delay:PT20S}", fixedDelay = Long.MAX_VALUE)
    @SchedulerLock(name = "assessment-refresh", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void scheduledRefresh() {
        refreshStale();
    }

    /**
     * Every couple whose stored assessment is from an earlier day or another rule set is
     * recomputed, in batches of their own transactions.
     */
    public int refreshStale() {
        LocalDate today = practice.today();
        int total = 0;
        while (true) {
            List<Long> ids = assessments.staleCoupleIds(today, AssessmentEngine.RULE_SET, PageRequest.of(0, BATCH));
            if (ids.isEmpty()) {
                break;
            }
            for (Long id : ids) {
                transactions.executeWithoutResult(status -> recompute(id));
            }
            total += ids.size();
        }
        if (total > 0) {
            log.info("Refreshed the assessment of {} couples as of {}", total, today);
        }
        return total;
    }
}
