package app.tandem.transfer;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Amendment;
import app.tandem.casefile.CaseFile.AmendmentScope;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.Report;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFile.StatusChange;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import app.tandem.transfer.AccessCopySummary.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts partner X's data-access copy from the couple's whole record, following the rule in
 * {@code docs/data-access-copy.md} field by field (a test checks every field of the copy against
 * that table). X gets their own data, the joint records only as the couple agreed
 * ({@link JointRelease}), and the safety records only when a supervisor released them; nothing
 * that exposes the other partner, Y. Plain Java: no clock, no database.
 */
public final class DataAccessCopy {

    /** The copy and its plain-words summary. */
    public record Result(CaseFile file, AccessCopySummary summary) {}

    private final PartnerId x;
    private final PartnerId y;
    private final boolean joint;
    private final boolean safety;
    private final AccessCopySummary summary;

    private DataAccessCopy(PartnerId requester, JointRelease jointRelease, boolean safetyReleased) {
        this.x = requester;
        this.y = requester.other();
        this.joint = jointRelease.released();
        this.safety = safetyReleased;
        this.summary = new AccessCopySummary(requester, jointRelease, safetyReleased);
    }

    /** Partner {@code requester}'s copy of {@code whole} (the record with both partners' private content). */
    public static Result of(CaseFile whole, PartnerId requester, JointRelease jointRelease, boolean safetyReleased) {
        DataAccessCopy cut = new DataAccessCopy(requester, jointRelease, safetyReleased);
        CaseFile file = new CaseFile(
                whole.format(),
                whole.formatVersion(),
                whole.exportedAt(),
                cut.couple(whole.couple()),
                cut.homework(whole.homework()),
                cut.sessions(whole.sessions()),
                cut.reviews(whole.safetyReviews()),
                cut.reports(whole.reports()),
                cut.consents(whole.consents()),
                cut.screens(whole.ipvScreens()),
                cut.checkIns(whole.checkIns()));
        return new Result(file, cut.summary);
    }

    /** What stands in for the other partner's name: "Partner B". */
    public static Partner pseudonym(PartnerId partner) {
        return new Partner("Partner", partner.name(), null, null, null, null);
    }

    private CaseFile.Couple couple(CaseFile.Couple c) {
        summary.add(Item.OWN_DETAILS);
        summary.add(Item.OTHER_DETAILS);
        if (joint) {
            summary.add(Item.INTAKE);
        }
        Partner own = c.partners().get(x);
        PerPartner<Partner> partners =
                x == PartnerId.A ? new PerPartner<>(own, pseudonym(y)) : new PerPartner<>(pseudonym(y), own);
        List<StatusChange> history = c.statusHistory().stream()
                .map(h -> new StatusChange(h.status(), h.at(), h.by(), joint ? h.reason() : null))
                .toList();
        return new CaseFile.Couple(
                c.reference(),
                c.intakeDate(),
                c.status(),
                history,
                joint ? c.closingSummary() : null,
                c.counselor(),
                partners,
                joint ? c.context() : null,
                joint ? c.goals() : List.of(),
                c.secretsPolicy(),
                joint ? c.childrenInHousehold() : null,
                referrals(c.referrals()));
    }

    private List<Referral> referrals(List<Referral> all) {
        List<Referral> kept = new ArrayList<>();
        for (Referral r : all) {
            if (r.type() == ReferralType.DV_SERVICES) {
                summary.add(safety ? Item.DV_REFERRALS_RELEASED : Item.DV_REFERRALS);
                if (safety) {
                    kept.add(r);
                }
            } else if (r.type() == ReferralType.COUPLES_THERAPY || r.type() == ReferralType.RETREAT) {
                if (joint) {
                    summary.add(Item.JOINT_REFERRALS);
                    kept.add(r);
                }
            } else {
                // Individual therapy and other referrals do not say which partner they concern.
                summary.add(Item.OTHER_REFERRALS);
            }
        }
        return kept;
    }

    private List<Assignment> homework(List<Assignment> all) {
        List<Assignment> kept = new ArrayList<>();
        for (Assignment a : all) {
            if (a.reflections().get(y) != null) {
                summary.add(Item.OTHER_REFLECTIONS);
            }
            if (a.assignee() != Assignee.BOTH && !a.isFor(x)) {
                summary.add(Item.OTHER_HOMEWORK);
                continue;
            }
            summary.add(Item.HOMEWORK);
            if (a.reflections().get(x) != null) {
                summary.add(Item.OWN_REFLECTIONS);
            }
            kept.add(new Assignment(
                    a.stepKey(),
                    a.title(),
                    a.purpose(),
                    a.instructions(),
                    a.examples(),
                    a.assignee(),
                    a.assignedOn(),
                    a.dueOn(),
                    a.series(),
                    mine(a.completion().get(x), joint ? a.completion().get(y) : null),
                    mine(a.reflections().get(x), null),
                    a.reviewedOn()));
        }
        return kept;
    }

    private List<Session> sessions(List<Session> all) {
        List<Session> kept = new ArrayList<>();
        for (Session s : all) {
            countOtherPrivate(s);
            Attendance attendance = s.attendance();
            if (attendance == Attendance.NONE) {
                summary.add(Item.NO_SHOWS);
            } else if (!attendance.present(x)) {
                summary.add(Item.OTHER_SESSIONS);
            } else {
                kept.add(session(s, attendance == Attendance.BOTH));
            }
        }
        return kept;
    }

    /** One session X attended; {@code together}: a joint session, whose shared parts follow the joint release. */
    private Session session(Session s, boolean together) {
        boolean shared = !together || joint;
        summary.add(!together ? Item.OWN_SESSIONS : joint ? Item.JOINT_SESSIONS : Item.JOINT_SESSIONS_OWN_SCORES);
        if (together && !joint) {
            summary.add(Item.JOINT_WITHHELD);
        }
        List<Flag> flags = new ArrayList<>();
        for (Flag f : s.flags()) {
            if (f.isSafety()) {
                summary.add(safety ? Item.SAFETY_FLAGS_RELEASED : Item.SAFETY_FLAGS);
                if (safety) {
                    flags.add(f);
                }
            } else if (f == Flag.SECRECY) {
                summary.add(Item.SECRECY_FLAGS);
            } else if (shared) {
                flags.add(f);
            }
        }
        List<Amendment> amendments = new ArrayList<>();
        for (Amendment a : s.amendments()) {
            if (a.scope() == AmendmentScope.privateTo(x)) {
                summary.add(Item.OWN_PRIVATE_AMENDMENTS);
                amendments.add(a);
            } else if (a.scope() == AmendmentScope.SHARED && shared) {
                amendments.add(a);
            }
        }
        String ownNote = s.privateNotes().get(x);
        if (ownNote != null) {
            summary.add(Item.OWN_PRIVATE_NOTES);
        }
        return new Session(
                s.date(),
                s.startTime(),
                s.durationMinutes(),
                s.format(),
                s.attendance(),
                s.signed(),
                s.signedAt(),
                s.signedBy(),
                mine(s.scores().get(x), together && joint ? s.scores().get(y) : null),
                flags,
                shared ? s.pitfalls() : List.of(),
                shared ? s.note() : null,
                mine(ownNote, null),
                amendments,
                s.anchorsVersion(),
                mine(s.remoteChecks().get(x), null),
                s.imported());
    }

    /** The other partner's private notes and private amendments, wherever they are: counted, never copied. */
    private void countOtherPrivate(Session s) {
        if (s.privateNotes().get(y) != null) {
            summary.add(Item.OTHER_PRIVATE_NOTES);
        }
        for (Amendment a : s.amendments()) {
            if (a.scope() == AmendmentScope.privateTo(y)) {
                summary.add(Item.OTHER_PRIVATE_AMENDMENTS);
            }
        }
    }

    private List<CaseFile.SafetyReview> reviews(List<CaseFile.SafetyReview> all) {
        summary.add(safety ? Item.SAFETY_REVIEWS_RELEASED : Item.SAFETY_REVIEWS, all.size());
        return safety ? all : List.of();
    }

    /** X's own consent to couples work; Y's is counted, never copied. */
    private List<CaseFile.Consent> consents(List<CaseFile.Consent> all) {
        List<CaseFile.Consent> kept = new ArrayList<>();
        for (CaseFile.Consent c : all) {
            if (c.partner() == x) {
                summary.add(Item.OWN_CONSENTS);
                kept.add(c);
            } else {
                summary.add(Item.OTHER_INTAKE_RECORDS);
            }
        }
        return kept;
    }

    /**
     * X's own safety screenings are safety records (what X said about violence at home): only
     * with a supervisor's release, like the reviews. Y's never.
     */
    private List<CaseFile.IpvScreen> screens(List<CaseFile.IpvScreen> all) {
        List<CaseFile.IpvScreen> kept = new ArrayList<>();
        for (CaseFile.IpvScreen s : all) {
            if (s.partner() != x) {
                summary.add(Item.OTHER_INTAKE_RECORDS);
            } else if (safety) {
                summary.add(Item.OWN_IPV_SCREENS_RELEASED);
                kept.add(s);
            } else {
                summary.add(Item.OWN_IPV_SCREENS);
            }
        }
        return kept;
    }

    /**
     * X's own check-ins; one whose safety answer was "not safe" or "not sure" is a safety record
     * (what X said about safety at home), copied only with a supervisor's release like X's IPV
     * screens. Y's check-ins never: not their scores, words or safety answer.
     */
    private List<CaseFile.CheckIn> checkIns(List<CaseFile.CheckIn> all) {
        List<CaseFile.CheckIn> kept = new ArrayList<>();
        for (CaseFile.CheckIn k : all) {
            if (k.partner() != x) {
                summary.add(Item.OTHER_CHECK_INS);
            } else if (k.feelsSafe() == CaseFile.FeelsSafe.SAFE) {
                summary.add(Item.OWN_CHECK_INS);
                kept.add(k);
            } else if (safety) {
                summary.add(Item.OWN_CHECK_INS_RELEASED);
                kept.add(k);
            } else {
                summary.add(Item.OWN_CHECK_INS_SAFETY);
            }
        }
        return kept;
    }

    private List<Report> reports(List<Report> all) {
        List<Report> kept = new ArrayList<>();
        for (Report r : all) {
            if (r.audience() == Audience.CLIENT) {
                summary.add(Item.CLIENT_REPORTS);
                kept.add(r);
            } else {
                summary.add(Item.COUNSELOR_REPORTS);
            }
        }
        return kept;
    }

    /** A per-partner pair with X's value in X's place and {@code other} in Y's. */
    private <T> PerPartner<T> mine(T own, T other) {
        return x == PartnerId.A ? new PerPartner<>(own, other) : new PerPartner<>(other, own);
    }
}
