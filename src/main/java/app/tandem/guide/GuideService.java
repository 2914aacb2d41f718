package app.tandem.guide;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the guide library and lets supervisors add and retire practice steps. */
@Service
public class GuideService {

    public static final String GUIDE_KEY = "reconnection";

    /** A section with its steps, ready to show. */
    public record LibrarySection(String key, String title, String summary, List<GuideStep> steps) {}

    private final GuideVersionRepository versions;
    private final GuideSectionRepository sections;
    private final GuideStepRepository steps;
    private final AuditService audit;
    private final Clock clock;

    GuideService(
            GuideVersionRepository versions,
            GuideSectionRepository sections,
            GuideStepRepository steps,
            AuditService audit,
            Clock clock) {
        this.versions = versions;
        this.sections = sections;
        this.steps = steps;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<GuideVersion> currentVersion() {
        return versions.findFirstByGuideKeyOrderByVersionNoDesc(GUIDE_KEY);
    }

    /** Every section of the current guide version with its steps, then the practice's own steps. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LibrarySection> library() {
        List<LibrarySection> result = new ArrayList<>();
        currentVersion().ifPresent(version -> {
            Map<Long, List<GuideStep>> bySection = new LinkedHashMap<>();
            for (GuideStep step : steps.findByVersion(version)) {
                bySection
                        .computeIfAbsent(step.getSection().getId(), k -> new ArrayList<>())
                        .add(step);
            }
            for (GuideSection section : sections.findByVersion(version)) {
                result.add(new LibrarySection(
                        section.getSectionKey(),
                        section.getTitle(),
                        section.getSummary(),
                        List.copyOf(bySection.getOrDefault(section.getId(), List.of()))));
            }
        });
        List<GuideStep> practice = steps.findPracticeSteps();
        result.add(new LibrarySection(
                "practice",
                "Practice steps",
                "Steps your practice added to the guide. Retired steps stay on old assignments but cannot be assigned.",
                practice));
        return result;
    }

    /** Steps a counselor can assign now: assignable, not retired, from the current guide or the practice. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GuideStep> assignableSteps() {
        List<GuideStep> result = new ArrayList<>();
        currentVersion()
                .ifPresent(v -> steps.findByVersion(v).stream()
                        .filter(s -> s.isAssignable() && !s.isRetired())
                        .forEach(result::add));
        steps.findPracticeSteps().stream().filter(s -> !s.isRetired()).forEach(result::add);
        return result;
    }

    /**
     * Whether {@code step} may be assigned now: an assignable, non-retired step of the current
     * guide version, or a practice step not retired. Steps of older versions stay on the
     * assignments made from them but are never assigned again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean assignableNow(long stepId) {
        GuideStep step = step(stepId);
        if (!step.isAssignable() || step.isRetired()) {
            return false;
        }
        if (step.isPracticeStep()) {
            return true;
        }
        return currentVersion()
                .map(v -> v.getId().equals(step.getSection().getGuideVersion().getId()))
                .orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GuideStep step(long id) {
        return steps.findById(id).orElseThrow(() -> new NotFoundException("The guide step"));
    }

    /** The id of the current step with this key, if any (imported homework links back to it). */
    @Transactional(readOnly = true)
    public Optional<Long> stepIdForKey(String stepKey) {
        return assignableSteps().stream()
                .filter(s -> s.getStepKey().equals(stepKey))
                .map(GuideStep::getId)
                .findFirst();
    }

    /** What the add-a-practice-step form carries. */
    public record NewStep(String title, String purpose, String instructions, Integer defaultDurationDays) {}

    /** {@link #addPracticeStep(String, String, String, Integer)} from the form's record. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public GuideStep addPracticeStep(NewStep step) {
        return addPracticeStep(step.title(), step.purpose(), step.instructions(), step.defaultDurationDays());
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public GuideStep addPracticeStep(String title, String purpose, String instructions, Integer defaultDurationDays) {
        validate(title, purpose, instructions, defaultDurationDays);
        String key = uniqueKey("practice-" + slug(title));
        GuideStep step = steps.save(new GuideStep(
                null,
                key,
                title.trim(),
                blankToNull(purpose),
                instructions.trim(),
                List.of(),
                defaultDurationDays,
                true,
                0,
                true,
                clock.instant()));
        audit.record(AuditAction.GUIDE_STEP_ADDED, "GUIDE_STEP", step.getId());
        return step;
    }

    /** Changes a practice step's text. Assignments made earlier keep their own copy. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public GuideStep editPracticeStep(
            long id, String title, String purpose, String instructions, Integer defaultDurationDays) {
        GuideStep step = step(id);
        if (!step.isPracticeStep()) {
            throw new ValidationFailure(
                    null, "Steps of the seed guide change only with a new guide version; add a practice step instead.");
        }
        validate(title, purpose, instructions, defaultDurationDays);
        step.edit(title.trim(), blankToNull(purpose), instructions.trim(), defaultDurationDays);
        audit.record(AuditAction.GUIDE_STEP_ADDED, "GUIDE_STEP", id, AuditService.OK, "edited");
        return step;
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void retire(long id) {
        GuideStep step = step(id);
        step.retire();
        audit.record(AuditAction.GUIDE_STEP_RETIRED, "GUIDE_STEP", id);
    }

    private static void validate(String title, String purpose, String instructions, Integer days) {
        if (title == null || title.isBlank()) {
            throw new ValidationFailure("title", "Give the step a title.");
        }
        if (title.trim().length() > GuideStep.TITLE_MAX_LENGTH) {
            throw new ValidationFailure("title", "Use at most " + GuideStep.TITLE_MAX_LENGTH + " characters.");
        }
        if (instructions == null || instructions.isBlank()) {
            throw new ValidationFailure("instructions", "Write the instructions the couple will follow.");
        }
        if (instructions.length() > GuideStep.TEXT_MAX_LENGTH
                || (purpose != null && purpose.length() > GuideStep.TEXT_MAX_LENGTH)) {
            throw new ValidationFailure("instructions", "Use at most " + GuideStep.TEXT_MAX_LENGTH + " characters.");
        }
        if (days != null && (days < 1 || days > 365)) {
            throw new ValidationFailure("defaultDurationDays", "Choose a duration between 1 and 365 days.");
        }
    }

    private String uniqueKey(String base) {
        String key = base;
        for (int i = 2; steps.existsByStepKey(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

    private static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "step" : slug.substring(0, Math.min(slug.length(), 60));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
