package app.tandem.practice;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.PracticeCalendar;
import app.tandem.base.RequestMemo;
import app.tandem.base.ValidationFailure;
import app.tandem.pdf.CrisisResources;
import app.tandem.text.Texts;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and (for supervisors) changes the practice settings. */
@Service
public class PracticeSettingsService implements PracticeCalendar {

    private static final long ID = 1L;

    private final PracticeSettingsRepository repository;
    private final AuditService audit;
    private final Clock clock;
    private final RequestMemo memo;

    PracticeSettingsService(PracticeSettingsRepository repository, AuditService audit, Clock clock, RequestMemo memo) {
        this.memo = memo;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PracticeSettings get() {
        return repository.findById(ID).orElseThrow();
    }

    @Transactional(readOnly = true)
    public String practiceName() {
        return get().getPracticeName();
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate today() {
        // Read once per request: a page asks for "today" from several of its parts.
        ZoneId zone = memo.get(new RequestMemo.Key("practice-zone", ID), () -> get().zone());
        return LocalDate.now(clock.withZone(zone));
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return get().zone();
    }

    /**
     * Saves the settings as edited in the form; {@link ConcurrentEditException} when someone else
     * saved them since {@code values} were read.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public PracticeSettings save(PracticeSettingsValues values) {
        check(values);
        PracticeSettings settings = get();
        if (settings.getVersion() != values.version()) {
            throw new ConcurrentEditException("the practice settings");
        }
        settings.setPracticeName(values.practiceName());
        settings.setContact(values.contact());
        settings.setLocalResources(values.localResources());
        settings.setPageSize(values.pageSize());
        settings.setTimeZone(values.timeZone());
        settings.setRetentionYears(values.retentionYears());
        settings.setCheckInLinkDays(values.checkInLinkDays());
        String region = values.crisisRegion();
        String lines = values.crisisLines();
        settings.setCrisisRegion(region);
        // Lines left as the region's defaults are stored as "the defaults", so that a report can say
        // they still need checking and a later correction of the defaults reaches the practice.
        if (region == null
                || lines == null
                || lines.isBlank()
                || lines.strip().equals(CrisisResources.defaultLines(Texts.shared(), region))) {
            settings.setCrisisLines(null);
        } else {
            settings.setCrisisLines(lines.strip());
        }
        try {
            PracticeSettings saved = repository.saveAndFlush(settings);
            audit.record(AuditAction.SETTINGS_CHANGED, "PRACTICE", ID);
            return saved;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("the practice settings");
        }
    }

    private static void check(PracticeSettingsValues v) {
        if (v.practiceName() == null || v.practiceName().isBlank()) {
            throw new ValidationFailure("practiceName", "Enter the practice's name.");
        }
        if (v.practiceName().length() > PracticeSettings.NAME_MAX_LENGTH) {
            throw new ValidationFailure(
                    "practiceName", "Use at most " + PracticeSettings.NAME_MAX_LENGTH + " characters.");
        }
        if (v.retentionYears() == null
                || v.retentionYears() < PracticeSettings.MIN_RETENTION_YEARS
                || v.retentionYears() > PracticeSettings.MAX_RETENTION_YEARS) {
            throw new ValidationFailure(
                    "retentionYears",
                    "Keep closed couples between " + PracticeSettings.MIN_RETENTION_YEARS + " and "
                            + PracticeSettings.MAX_RETENTION_YEARS + " years.");
        }
        if (v.checkInLinkDays() == null
                || v.checkInLinkDays() < 1
                || v.checkInLinkDays() > PracticeSettings.MAX_CHECK_IN_LINK_DAYS) {
            throw new ValidationFailure(
                    "checkInLinkDays",
                    "Keep check-in links valid between 1 and " + PracticeSettings.MAX_CHECK_IN_LINK_DAYS + " days.");
        }
        try {
            ZoneId.of(v.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            throw new ValidationFailure("timeZone", "Choose a time zone from the list, such as Europe/London.");
        }
        if (v.crisisRegion() != null && !CrisisResources.REGIONS.contains(v.crisisRegion())) {
            throw new ValidationFailure("crisisRegion", "Choose the region from the list.");
        }
        if (v.crisisLines() != null && v.crisisLines().length() > PracticeSettings.RESOURCES_MAX_LENGTH) {
            throw new ValidationFailure(
                    "crisisLines", "Use at most " + PracticeSettings.RESOURCES_MAX_LENGTH + " characters.");
        }
    }
}
