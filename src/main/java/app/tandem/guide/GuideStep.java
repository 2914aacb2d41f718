package app.tandem.guide;

import app.tandem.base.AbstractEntity;
import app.tandem.base.FieldLimits;
import app.tandem.base.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A step of the guide (with a section) or a practice-specific step (without one). Only
 * assignable, non-retired steps can be given as homework.
 */
@Entity
@Table(name = "guide_step")
public class GuideStep extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = FieldLimits.STEP_TITLE;
    public static final int TEXT_MAX_LENGTH = FieldLimits.STEP_TEXT;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "guide_step_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "guide_section_id")
    private GuideSection section;

    @Column(name = "step_key", nullable = false)
    private String stepKey;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "purpose")
    private String purpose;

    @Column(name = "instructions")
    private String instructions;

    @Convert(converter = StringListConverter.class)
    @Column(name = "examples")
    private List<String> examples = List.of();

    @Column(name = "default_duration_days")
    private Integer defaultDurationDays;

    @Column(name = "assignable", nullable = false)
    private boolean assignable;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "practice_step", nullable = false)
    private boolean practiceStep;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    /** Set for a step meant for one partner only (never assigned to both); null for every other step. */
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_role")
    private PartnerRole partnerRole;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GuideStep() {}

    GuideStep(
            GuideSection section,
            String stepKey,
            String title,
            String purpose,
            String instructions,
            List<String> examples,
            Integer defaultDurationDays,
            boolean assignable,
            int position,
            boolean practiceStep,
            Instant createdAt) {
        this.section = section;
        this.stepKey = stepKey;
        this.title = title;
        this.purpose = purpose;
        this.instructions = instructions;
        this.examples = examples == null ? List.of() : List.copyOf(examples);
        this.defaultDurationDays = defaultDurationDays;
        this.assignable = assignable;
        this.position = position;
        this.practiceStep = practiceStep;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public GuideSection getSection() {
        return section;
    }

    public String getStepKey() {
        return stepKey;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getInstructions() {
        return instructions;
    }

    public List<String> getExamples() {
        return examples;
    }

    public Integer getDefaultDurationDays() {
        return defaultDurationDays;
    }

    public boolean isAssignable() {
        return assignable;
    }

    public int getPosition() {
        return position;
    }

    public boolean isPracticeStep() {
        return practiceStep;
    }

    public boolean isRetired() {
        return retired;
    }

    /** The one partner this step is for, or null when it may go to either or both. */
    public PartnerRole getPartnerRole() {
        return partnerRole;
    }

    void setPartnerRole(PartnerRole partnerRole) {
        this.partnerRole = partnerRole;
    }

    void retire() {
        this.retired = true;
    }

    void edit(String title, String purpose, String instructions, Integer defaultDurationDays) {
        this.title = title;
        this.purpose = purpose;
        this.instructions = instructions;
        this.defaultDurationDays = defaultDurationDays;
    }
}
