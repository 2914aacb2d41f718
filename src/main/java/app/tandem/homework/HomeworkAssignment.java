package app.tandem.homework;

import app.tandem.base.AbstractEntity;
import app.tandem.base.FieldLimits;
import app.tandem.base.StringListConverter;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Frequency;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
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
import java.time.LocalDate;
import java.util.List;

/** One piece of homework (or one occurrence of a recurring one), with completion per partner. */
@Entity
@Table(name = "homework_assignment")
public class HomeworkAssignment extends AbstractEntity {

    public static final int REFLECTION_MAX_LENGTH = FieldLimits.HOMEWORK_REFLECTION;
    public static final int INSTRUCTIONS_MAX_LENGTH = FieldLimits.HOMEWORK_INSTRUCTIONS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "homework_assignment_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Column(name = "guide_step_id")
    private Long guideStepId;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "assignee", nullable = false)
    private Assignee assignee;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "series_id")
    private String seriesId;

    @Enumerated(EnumType.STRING)
    @Column(name = "series_frequency")
    private Frequency seriesFrequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_a")
    private Completion completionA;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_b")
    private Completion completionB;

    @Column(name = "reflection_a")
    private String reflectionA;

    @Column(name = "reflection_b")
    private String reflectionB;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HomeworkAssignment() {}

    HomeworkAssignment(
            Couple couple,
            Long guideStepId,
            String stepKey,
            String title,
            String purpose,
            String instructions,
            List<String> examples,
            Assignee assignee,
            LocalDate assignedOn,
            LocalDate dueOn,
            String seriesId,
            Frequency seriesFrequency,
            Instant createdAt) {
        this.couple = couple;
        this.guideStepId = guideStepId;
        this.stepKey = stepKey;
        this.title = title;
        this.purpose = purpose;
        this.instructions = instructions;
        this.examples = examples == null ? List.of() : List.copyOf(examples);
        this.assignee = assignee;
        this.assignedOn = assignedOn;
        this.dueOn = dueOn;
        this.seriesId = seriesId;
        this.seriesFrequency = seriesFrequency;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Couple getCouple() {
        return couple;
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

    public Assignee getAssignee() {
        return assignee;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getSeriesId() {
        return seriesId;
    }

    public Frequency getSeriesFrequency() {
        return seriesFrequency;
    }

    public Completion completion(PartnerId partner) {
        return partner == PartnerId.A ? completionA : completionB;
    }

    public String reflection(PartnerId partner) {
        return partner == PartnerId.A ? reflectionA : reflectionB;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public boolean isFor(PartnerId partner) {
        return assignee == Assignee.BOTH || assignee.name().equals(partner.name());
    }

    /** Every partner it is for has a recorded completion. */
    public boolean isReviewed() {
        return (!isFor(PartnerId.A) || completionA != null) && (!isFor(PartnerId.B) || completionB != null);
    }

    /** Due before {@code today} and not yet reviewed for every partner it is for. */
    public boolean isOverdue(LocalDate today) {
        return dueOn.isBefore(today) && !isReviewed();
    }

    void record(PartnerId partner, Completion completion, String reflection, LocalDate reviewedOn) {
        if (partner == PartnerId.A) {
            completionA = completion;
            reflectionA = reflection;
        } else {
            completionB = completion;
            reflectionB = reflection;
        }
        this.reviewedOn = reviewedOn;
    }

    void restore(Completion a, Completion b, String reflectionA, String reflectionB, LocalDate reviewedOn) {
        this.completionA = a;
        this.completionB = b;
        this.reflectionA = reflectionA;
        this.reflectionB = reflectionB;
        this.reviewedOn = reviewedOn;
    }

    void editInstructions(String instructions) {
        this.instructions = instructions;
    }
}
