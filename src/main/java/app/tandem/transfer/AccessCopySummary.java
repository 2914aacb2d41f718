package app.tandem.transfer;

import app.tandem.casefile.PartnerId;
import app.tandem.text.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a data-access copy holds and what was left out, counted while the copy is cut and told in
 * plain words ({@code seeds/texts/privacy.yaml}, {@code access.item.*}). The counselor reads it
 * before the download; the export is audited with the same words.
 */
public final class AccessCopySummary {

    /** One kind of record a copy holds ({@code holds}) or leaves out. */
    public enum Item {
        OWN_DETAILS(true),
        JOINT_SESSIONS(true),
        JOINT_SESSIONS_OWN_SCORES(true),
        OWN_SESSIONS(true),
        OWN_PRIVATE_NOTES(true),
        OWN_PRIVATE_AMENDMENTS(true),
        OWN_REFLECTIONS(true),
        HOMEWORK(true),
        INTAKE(true),
        JOINT_REFERRALS(true),
        CLIENT_REPORTS(true),
        SAFETY_FLAGS_RELEASED(true),
        SAFETY_REVIEWS_RELEASED(true),
        DV_REFERRALS_RELEASED(true),
        OWN_CONSENTS(true),
        OWN_IPV_SCREENS_RELEASED(true),
        OWN_CHECK_INS(true),
        OWN_CHECK_INS_RELEASED(true),
        OTHER_DETAILS(false),
        OTHER_PRIVATE_NOTES(false),
        OTHER_PRIVATE_AMENDMENTS(false),
        OTHER_REFLECTIONS(false),
        OTHER_SESSIONS(false),
        NO_SHOWS(false),
        OTHER_HOMEWORK(false),
        JOINT_WITHHELD(false),
        SAFETY_FLAGS(false),
        SAFETY_REVIEWS(false),
        DV_REFERRALS(false),
        SECRECY_FLAGS(false),
        OTHER_REFERRALS(false),
        COUNSELOR_REPORTS(false),
        OWN_IPV_SCREENS(false),
        OTHER_INTAKE_RECORDS(false),
        OWN_CHECK_INS_SAFETY(false),
        OTHER_CHECK_INS(false);

        private final boolean holds;

        Item(boolean holds) {
            this.holds = holds;
        }

        public boolean holds() {
            return holds;
        }
    }

    private final PartnerId requester;
    private final JointRelease joint;
    private final boolean safetyReleased;
    private final Map<Item, Integer> counts = new EnumMap<>(Item.class);

    AccessCopySummary(PartnerId requester, JointRelease joint, boolean safetyReleased) {
        this.requester = requester;
        this.joint = joint;
        this.safetyReleased = safetyReleased;
    }

    void add(Item item, int n) {
        if (n > 0) {
            counts.merge(item, n, Integer::sum);
        }
    }

    void add(Item item) {
        add(item, 1);
    }

    /** How many records of {@code item} the copy holds or left out. */
    public int count(Item item) {
        return counts.getOrDefault(item, 0);
    }

    public PartnerId requester() {
        return requester;
    }

    public JointRelease joint() {
        return joint;
    }

    public boolean safetyReleased() {
        return safetyReleased;
    }

    /** Whether there are safety records a supervisor could still release into this copy. */
    public boolean safetyWithheld() {
        return count(Item.SAFETY_FLAGS)
                        + count(Item.SAFETY_REVIEWS)
                        + count(Item.DV_REFERRALS)
                        + count(Item.OWN_IPV_SCREENS)
                > 0;
    }

    /** What the copy holds, one plain sentence part per kind of record. */
    public List<String> holds(Texts texts) {
        return lines(texts, true);
    }

    /** What was left out, and why where it is not plain. */
    public List<String> leftOut(Texts texts) {
        return lines(texts, false);
    }

    /** The summary as the audit trail keeps it: partners by letter only, never by name. */
    public String auditDetail(Texts texts) {
        return texts.format(
                "access.audit",
                Map.of(
                        "x",
                        requester.name(),
                        "holds",
                        String.join("; ", holds(texts)),
                        "leftOut",
                        String.join("; ", leftOut(texts))));
    }

    private List<String> lines(Texts texts, boolean holds) {
        List<String> lines = new ArrayList<>();
        for (Item item : Item.values()) {
            int n = count(item);
            if (item.holds() != holds || n == 0) {
                continue;
            }
            String key = "access.item." + item.name() + (n == 1 ? ".one" : ".other");
            lines.add(texts.format(
                    key,
                    Map.of(
                            "count",
                            n,
                            "x",
                            requester.name(),
                            "y",
                            requester.other().name(),
                            "reason",
                            texts.format(
                                    "access.jointReason." + joint.reason().name(),
                                    Map.of("y", requester.other().name())))));
        }
        return lines;
    }
}
