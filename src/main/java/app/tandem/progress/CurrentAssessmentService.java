package app.tandem.progress;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleChanged;
import app.tandem.couple.CoupleRepository;
import app.tandem.couple.CoupleSummary;
import app.tandem.couple.CoupleSummaryRepository;
import app.tandem.practice.PracticeSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
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

    private final CoupleRepository couples;
    private final CoupleSummaryRepository summaries;
    private final CoupleAssessmentRepository assessments;
    private final CaseRecordAssembler assembler;
    private final AssessmentSettingsProvider settings;
    private final PracticeSettingsService practice;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CurrentAssessmentService(CoupleRepository couples, CoupleSummaryRepository summaries, CoupleAssessmentRepository assessments,
            CaseRecordAssembler assembler, AssessmentSettingsProvider settings, PracticeSettingsService practice,
            TransactionTemplate transactions, Clock clock) {
        this.couples = couples;
        this.summaries = summaries;
        this.assessments = assessments;
        this.assembler = assembler;
        this.settings = settings;
        this.practice = practice;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCoupleChanged(CoupleChanged event) {
        refresh(event.coupleId());
    }

    /** Recomputes one couple's assessment and summary as of the practice's today. */
    @Transactional
    public Assessment refresh(long coupleId) {
        Couple couple = couples.findById(coupleId).orElseThrow();
        LocalDate today = practice.today();
        CaseFile file = assembler.assemble(couple, CaseRecordAssembler.PrivateNotes.NONE);
        CurrentFigures f = CurrentFigures.of(file, today, settings.settings());
        Assessment a = f.assessment();
        CoupleAssessment stored = assessments.findById(coupleId).orElseGet(() -> new CoupleAssessment(coupleId));
        stored.update(today, a.ruleSet(), a.recommendation().name(), a.decisiveRule().name(), a.urgent(), f.unsignedSafety(),
                f.activeSafety(), f.partnersDiverge(), f.json(), clock.instant());
        assessments.save(stored);

        CoupleSummary summary = summaries.findById(coupleId).orElseGet(() -> new CoupleSummary(coupleId, clock.instant()));
        summary.update(f.lastSessionDate(), f.nextHomeworkDue(), f.overdueHomework(), f.adherence(), a.recommendation().name(),
                f.safetyMarker(), clock.instant());
        summaries.save(summary);
        return a;
    }

    /**
     * Daily, and shortly after start: every couple whose stored assessment is from an earlier day
     * (days elapsed and the review window move with the calendar) or was made under another rule
     * set (after an upgrade, every couple is re-assessed under the engine's) is recomputed, in
     * batches of their own transactions so a large practice never holds one long transaction.
     */
    @Scheduled(cron = "${tandem.assessment.refresh-cron:0 10 0 * * *}")
    @Scheduled(initialDelayString = "${tandem.assessment.refresh-initial-delay:PT20S}", fixedDelay = Long.MAX_VALUE)
    public int refreshStale() {
        LocalDate today = practice.today();
        int total = 0;
        while (true) {
            List<Long> ids = assessments.staleCoupleIds(today, AssessmentEngine.RULE_SET, PageRequest.of(0, BATCH));
            if (ids.isEmpty()) {
                break;
            }
            for (Long id : ids) {
                transactions.executeWithoutResult(status -> refresh(id));
            }
            total += ids.size();
        }
        if (total > 0) {
            log.info("Refreshed the assessment of {} couples as of {}", total, today);
        }
        return total;
    }
}
