package app.tandem.intake;

import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.ScreenConclusion;
import app.tandem.casefile.CaseFile.ScreenQuestion;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import jakarta.persistence.Column;
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
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/**
 * A structured IPV screen made with one partner alone: private to that partner. One column per
 * question (null: not answered), so a data-access copy can be filtered by its partner column. A
 * re-screen is a new row; a screen is never changed.
 */
@Entity
@Immutable
@Table(name = "ipv_screen")
public class IpvScreening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ipv_screen_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner", nullable = false)
    private PartnerId partner;

    @Column(name = "screened_on", nullable = false)
    private LocalDate screenedOn;

    @Column(name = "screened_by")
    private String screenedBy;

    @Column(name = "hits_hurt")
    private Integer hitsHurt;

    @Column(name = "hits_insult")
    private Integer hitsInsult;

    @Column(name = "hits_threaten")
    private Integer hitsThreaten;

    @Column(name = "hits_scream")
    private Integer hitsScream;

    @Column(name = "afraid")
    private Boolean afraid;

    @Column(name = "controlled")
    private Boolean controlled;

    @Column(name = "forced_sex")
    private Boolean forcedSex;

    @Column(name = "strangled")
    private Boolean strangled;

    @Column(name = "threatened_to_kill")
    private Boolean threatenedToKill;

    @Column(name = "weapon")
    private Boolean weapon;

    @Column(name = "safe_to_go_home")
    private Boolean safeToGoHome;

    @Column(name = "used_force")
    private Boolean usedForce;

    @Enumerated(EnumType.STRING)
    @Column(name = "conclusion", nullable = false)
    private ScreenConclusion conclusion;

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IpvScreening() {}

    IpvScreening(
            Couple couple,
            PartnerId partner,
            LocalDate screenedOn,
            String screenedBy,
            Map<HitsItem, Integer> hits,
            Map<ScreenQuestion, Boolean> answers,
            ScreenConclusion conclusion,
            String notes,
            Instant createdAt) {
        this.couple = couple;
        this.partner = partner;
        this.screenedOn = screenedOn;
        this.screenedBy = screenedBy;
        this.hitsHurt = hits.get(HitsItem.HURT);
        this.hitsInsult = hits.get(HitsItem.INSULT);
        this.hitsThreaten = hits.get(HitsItem.THREATEN);
        this.hitsScream = hits.get(HitsItem.SCREAM);
        this.afraid = answers.get(ScreenQuestion.AFRAID);
        this.controlled = answers.get(ScreenQuestion.CONTROLLED);
        this.forcedSex = answers.get(ScreenQuestion.FORCED_SEX);
        this.strangled = answers.get(ScreenQuestion.STRANGLED);
        this.threatenedToKill = answers.get(ScreenQuestion.THREATENED_TO_KILL);
        this.weapon = answers.get(ScreenQuestion.WEAPON);
        this.safeToGoHome = answers.get(ScreenQuestion.SAFE_TO_GO_HOME);
        this.usedForce = answers.get(ScreenQuestion.USED_FORCE);
        this.conclusion = conclusion;
        this.notes = notes;
        this.createdAt = createdAt;
    }

    /** The HITS answers given (an item not answered is absent). */
    public Map<HitsItem, Integer> hits() {
        Map<HitsItem, Integer> hits = new EnumMap<>(HitsItem.class);
        put(hits, HitsItem.HURT, hitsHurt);
        put(hits, HitsItem.INSULT, hitsInsult);
        put(hits, HitsItem.THREATEN, hitsThreaten);
        put(hits, HitsItem.SCREAM, hitsScream);
        return hits;
    }

    /** The yes/no answers given (a question not answered is absent). */
    public Map<ScreenQuestion, Boolean> answers() {
        Map<ScreenQuestion, Boolean> answers = new EnumMap<>(ScreenQuestion.class);
        put(answers, ScreenQuestion.AFRAID, afraid);
        put(answers, ScreenQuestion.CONTROLLED, controlled);
        put(answers, ScreenQuestion.FORCED_SEX, forcedSex);
        put(answers, ScreenQuestion.STRANGLED, strangled);
        put(answers, ScreenQuestion.THREATENED_TO_KILL, threatenedToKill);
        put(answers, ScreenQuestion.WEAPON, weapon);
        put(answers, ScreenQuestion.SAFE_TO_GO_HOME, safeToGoHome);
        put(answers, ScreenQuestion.USED_FORCE, usedForce);
        return answers;
    }

    private static <K, V> void put(Map<K, V> map, K key, V value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    public Long getId() {
        return id;
    }

    public PartnerId getPartner() {
        return partner;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    public ScreenConclusion getConclusion() {
        return conclusion;
    }

    public String getNotes() {
        return notes;
    }
}
