package app.tandem.progress;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentJson;
import app.tandem.assessment.AssessmentWarning;
import app.tandem.assessment.Rule;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleChanged;
import app.tandem.couple.CoupleRepository;
import app.tandem.couple.CoupleSummary;
import app.tandem.couple.CoupleSummaryRepository;
import app.tandem.practice.PracticeSettingsService;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
        Assessment a = AssessmentEngine.assess(file, today, settings.settings());
        CoupleAssessment stored = assessments.findById(coupleId).orElseGet(() -> new CoupleAssessment(coupleId));
        boolean unsignedSafety = a.warnings().contains(AssessmentWarning.UNSIGNED_SAFETY_FLAG);
        boolean activeSafety = a.matched(Rule.R0);
        stored.update(today, a.ruleSet(), a.recommendation().name(), a.decisiveRule().name(), a.urgent(), unsignedSafety,
                activeSafety, AssessmentJson.write(a), clock.instant());
        assessments.save(stored);

        CoupleSummary summary = summaries.findById(coupleId).orElseGet(() -> new CoupleSummary(coupleId, clock.instant()));
        LocalDate lastSession = file.sessions().stream().map(CaseFile.Session::date).filter(d -> !d.isAfter(today))
                .max(LocalDate::compareTo).orElse(null);
        LocalDate nextDue = file.homework().stream().filter(h -> !reviewed(h) && !h.dueOn().isBefore(today))
                .map(CaseFile.Assignment::dueOn).min(LocalDate::compareTo).orElse(null);
        int overdue = (int) file.homework().stream().filter(h -> !reviewed(h) && h.dueOn().isBefore(today)).count();
        boolean anyAssignment = !file.homework().isEmpty();
        BigDecimal adherence = anyAssignment ? BigDecimal.valueOf(a.coupleAdherence()).setScale(2, RoundingMode.HALF_UP) : null;
        summary.update(lastSession, nextDue, overdue, adherence, a.recommendation().name(), activeSafety || unsignedSafety,
                clock.instant());
        summaries.save(summary);
        return a;
    }

    private static boolean reviewed(CaseFile.Assignment h) {
        return (!h.isFor(PartnerId.A) || h.completion().a() != null) && (!h.isFor(PartnerId.B) || h.completion().b() != null);
    }

    /**
     * Daily, and shortly after start: every couple whose stored assessment is from an earlier day
     * is recomputed (days elapsed and the review window move with the calendar), in batches of
     * their own transactions so a large practice never holds one long transaction.
     */
    @Scheduled(cron = "${tandem.assessment.refresh-cron:0 10 0 * * *}")
    @Scheduled(initialDelayString = "${tandem.assessment.refresh-initial-delay:PT20S}", fixedDelay = Long.MAX_VALUE)
    public int refreshStale() {
        LocalDate today = practice.today();
        int total = 0;
        while (true) {
            List<Long> ids = assessments.staleCoupleIds(today, PageRequest.of(0, BATCH));
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
