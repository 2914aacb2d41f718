package app.tandem.transfer;

import app.tandem.base.FieldLimits;
import app.tandem.casefile.CaseFile;
import app.tandem.checkin.CheckInAnswers;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.Partner;
import app.tandem.couple.Referral;
import app.tandem.guide.GuideStep;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.intake.IntakeService;
import app.tandem.report.ReportService;
import app.tandem.session.Amendment;
import app.tandem.session.SessionContent;
import app.tandem.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every text of a case file that Tandem keeps, with the most it keeps there: the form's limit
 * where a form writes the same field (a name 100, a safe-contact note 500, the context notes
 * 5,000), else the column's width. A longer text is not cut: the import names it with its path
 * and refuses the file (decision 0060). Every limit is {@link FieldLimits}'s (decision 0084).
 */
final class ImportLengths {

    /** Names of people recorded elsewhere (signed by, reviewed by …). */
    static final int PERSON_MAX_LENGTH = FieldLimits.PERSON;

    static final int STATUS_REASON_MAX_LENGTH = FieldLimits.STATUS_REASON;
    static final int REFERRAL_MADE_MAX_LENGTH = FieldLimits.REFERRAL_MADE;
    static final int STEP_KEY_MAX_LENGTH = FieldLimits.STEP_KEY;
    static final int SERIES_ID_MAX_LENGTH = FieldLimits.SERIES_ID;
    static final int RULE_SET_MAX_LENGTH = FieldLimits.RULE_SET;

    private ImportLengths() {}

    /** One text of the file: where it is, what it says, the most Tandem keeps there. */
    record Field(String path, String value, int max) {}

    /** The texts of {@code file} that are longer than Tandem keeps, one sentence each with its path. */
    static List<String> problems(CaseFile file) {
        List<String> problems = new ArrayList<>();
        for (Field f : fields(file)) {
            if (f.value() != null && f.value().length() > f.max()) {
                problems.add(f.path() + ": "
                        + Texts.shared()
                                .format(
                                        "import.tooLong",
                                        Map.of(
                                                "max",
                                                String.format("%,d", f.max()),
                                                "length",
                                                String.format("%,d", f.value().length()))));
            }
        }
        return problems;
    }

    static List<Field> fields(CaseFile file) {
        List<Field> out = new ArrayList<>();
        couple(out, file.couple());
        homework(out, file);
        sessions(out, file);
        records(out, file);
        return out;
    }

    private static void couple(List<Field> out, CaseFile.Couple c) {
        partner(
                out,
                "couple.partners.A.",
                c.partners() == null ? null : c.partners().a());
        partner(
                out,
                "couple.partners.B.",
                c.partners() == null ? null : c.partners().b());
        if (c.context() != null) {
            out.add(new Field(
                    "couple.context.stressorOther",
                    c.context().stressorOther(),
                    CoupleDetails.STRESSOR_OTHER_MAX_LENGTH));
            out.add(new Field("couple.context.notes", c.context().notes(), CoupleDetails.NOTES_MAX_LENGTH));
        }
        for (int i = 0; i < c.goals().size(); i++) {
            out.add(new Field("couple.goals[" + i + "]", c.goals().get(i), CoupleDetails.GOAL_MAX_LENGTH));
        }
        for (int i = 0; i < c.statusHistory().size(); i++) {
            CaseFile.StatusChange h = c.statusHistory().get(i);
            out.add(new Field("couple.statusHistory[" + i + "].by", h.by(), PERSON_MAX_LENGTH));
            out.add(new Field("couple.statusHistory[" + i + "].reason", h.reason(), STATUS_REASON_MAX_LENGTH));
        }
        for (int i = 0; i < c.referrals().size(); i++) {
            CaseFile.Referral r = c.referrals().get(i);
            out.add(new Field("couple.referrals[" + i + "].to", r.to(), Referral.TO_MAX_LENGTH));
            out.add(new Field("couple.referrals[" + i + "].notes", r.notes(), Referral.NOTES_MAX_LENGTH));
        }
    }

    private static void homework(List<Field> out, CaseFile file) {
        for (int i = 0; i < file.homework().size(); i++) {
            CaseFile.Assignment a = file.homework().get(i);
            String at = "homework[" + i + "].";
            out.add(new Field(at + "stepKey", a.stepKey(), STEP_KEY_MAX_LENGTH));
            out.add(new Field(at + "title", a.title(), GuideStep.TITLE_MAX_LENGTH));
            out.add(new Field(at + "purpose", a.purpose(), GuideStep.TEXT_MAX_LENGTH));
            out.add(new Field(at + "instructions", a.instructions(), HomeworkAssignment.INSTRUCTIONS_MAX_LENGTH));
            for (int j = 0; j < a.examples().size(); j++) {
                out.add(new Field(at + "examples[" + j + "]", a.examples().get(j), GuideStep.TEXT_MAX_LENGTH));
            }
            if (a.series() != null) {
                out.add(new Field(at + "series.id", a.series().id(), SERIES_ID_MAX_LENGTH));
            }
            out.add(new Field(at + "reflections.A", a.reflections().a(), HomeworkAssignment.REFLECTION_MAX_LENGTH));
            out.add(new Field(at + "reflections.B", a.reflections().b(), HomeworkAssignment.REFLECTION_MAX_LENGTH));
        }
    }

    private static void sessions(List<Field> out, CaseFile file) {
        for (int i = 0; i < file.sessions().size(); i++) {
            CaseFile.Session s = file.sessions().get(i);
            String at = "sessions[" + i + "].";
            out.add(new Field(at + "signedBy", s.signedBy(), PERSON_MAX_LENGTH));
            if (s.note() != null) {
                out.add(new Field(at + "note.observations", s.note().observations(), SessionContent.NOTE_MAX_LENGTH));
                out.add(new Field(at + "note.interventions", s.note().interventions(), SessionContent.NOTE_MAX_LENGTH));
                out.add(new Field(
                        at + "note.homeworkReview", s.note().homeworkReview(), SessionContent.NOTE_MAX_LENGTH));
                out.add(new Field(at + "note.plan", s.note().plan(), SessionContent.NOTE_MAX_LENGTH));
            }
            if (s.privateNotes() != null) {
                out.add(new Field(at + "privateNotes.A", s.privateNotes().a(), SessionContent.NOTE_MAX_LENGTH));
                out.add(new Field(at + "privateNotes.B", s.privateNotes().b(), SessionContent.NOTE_MAX_LENGTH));
            }
            for (int j = 0; j < s.amendments().size(); j++) {
                CaseFile.Amendment m = s.amendments().get(j);
                String am = at + "amendments[" + j + "].";
                out.add(new Field(am + "author", m.author(), PERSON_MAX_LENGTH));
                out.add(new Field(am + "reason", m.reason(), Amendment.REASON_MAX_LENGTH));
                out.add(new Field(am + "text", m.text(), Amendment.TEXT_MAX_LENGTH));
            }
        }
    }

    /** Safety reviews, reports, consents, screens and check-ins. */
    private static void records(List<Field> out, CaseFile file) {
        for (int i = 0; i < file.safetyReviews().size(); i++) {
            CaseFile.SafetyReview r = file.safetyReviews().get(i);
            String at = "safetyReviews[" + i + "].";
            out.add(new Field(at + "by", r.by(), PERSON_MAX_LENGTH));
            out.add(new Field(at + "referralMade", r.referralMade(), REFERRAL_MADE_MAX_LENGTH));
            out.add(new Field(at + "coSignedBy", r.coSignedBy(), PERSON_MAX_LENGTH));
        }
        for (int i = 0; i < file.reports().size(); i++) {
            CaseFile.Report r = file.reports().get(i);
            String at = "reports[" + i + "].";
            out.add(new Field(at + "ruleSet", r.ruleSet(), RULE_SET_MAX_LENGTH));
            if (r.decision() != null) {
                out.add(new Field(at + "decision.reason", r.decision().reason(), ReportService.REASON_MAX_LENGTH));
                out.add(new Field(at + "decision.by", r.decision().by(), PERSON_MAX_LENGTH));
            }
        }
        for (int i = 0; i < file.consents().size(); i++) {
            out.add(new Field(
                    "consents[" + i + "].recordedBy", file.consents().get(i).recordedBy(), PERSON_MAX_LENGTH));
        }
        for (int i = 0; i < file.ipvScreens().size(); i++) {
            CaseFile.IpvScreen s = file.ipvScreens().get(i);
            out.add(new Field("ipvScreens[" + i + "].by", s.by(), PERSON_MAX_LENGTH));
            out.add(new Field("ipvScreens[" + i + "].notes", s.notes(), IntakeService.NOTES_MAX_LENGTH));
        }
        for (int i = 0; i < file.checkIns().size(); i++) {
            CaseFile.CheckIn k = file.checkIns().get(i);
            out.add(new Field("checkIns[" + i + "].note", k.note(), CheckInAnswers.NOTE_MAX_LENGTH));
            for (int j = 0; j < k.homework().size(); j++) {
                out.add(new Field(
                        "checkIns[" + i + "].homework[" + j + "].reflection",
                        k.homework().get(j).reflection(),
                        CheckInAnswers.REFLECTION_MAX_LENGTH));
            }
        }
    }

    private static void partner(List<Field> out, String at, CaseFile.Partner p) {
        if (p == null) {
            return;
        }
        out.add(new Field(at + "firstName", p.firstName(), Partner.NAME_MAX_LENGTH));
        out.add(new Field(at + "lastName", p.lastName(), Partner.NAME_MAX_LENGTH));
        out.add(new Field(at + "pronouns", p.pronouns(), Partner.PRONOUNS_MAX_LENGTH));
        out.add(new Field(at + "email", p.email(), Partner.EMAIL_MAX_LENGTH));
        out.add(new Field(at + "phone", p.phone(), Partner.PHONE_MAX_LENGTH));
        if (p.safeContact() != null) {
            out.add(new Field(at + "safeContact.note", p.safeContact().note(), Partner.NOTE_MAX_LENGTH));
        }
    }
}
