package app.tandem.pdf;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.Recommendation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * A digest of what a report was made from, kept beside its PDF bytes. OpenPDF writes random
 * font-subset prefixes and document ids, so two renderings of the same request never give the
 * same bytes; this digest does give the same value for the same inputs, so a kept report can be
 * matched to the record it came from.
 *
 * <p>It covers the case file as JSON (with {@code exportedAt} left out: exporting again changes
 * nothing in the case), the assessment date, rule set and settings, the audience, the practice
 * details printed in the report, the decision and the earlier decisions. It leaves out
 * {@code generatedAt}: regenerating the same inputs later gives the same digest.
 */
public final class InputsDigest {

    private InputsDigest() {}

    /** The lower-case hex SHA-256 of {@code request}'s inputs. */
    public static String of(ReportRequest request) {
        MessageDigest sha = sha256();
        CaseFile file = request.caseFile();
        CaseFile withoutExportTime = new CaseFile(
                file.format(),
                file.formatVersion(),
                null,
                file.couple(),
                file.homework(),
                file.sessions(),
                file.safetyReviews(),
                file.reports(),
                file.consents(),
                file.ipvScreens());
        sha.update(CaseFileWriter.write(withoutExportTime));
        StringBuilder rest = new StringBuilder(512);
        field(rest, "asOf", request.assessment().asOf());
        field(rest, "ruleSet", request.assessment().ruleSet());
        for (Map.Entry<String, Object> setting :
                request.assessment().settings().asMap().entrySet()) {
            field(rest, "setting." + setting.getKey(), setting.getValue());
        }
        field(rest, "audience", request.audience());
        practice(rest, request.practice());
        DecisionInfo d = request.decision();
        if (d != null) {
            decision(rest, "decision.", d.type(), d.finalRecommendation(), d.reason(), d.by(), d.at(), d.outcome());
        }
        int i = 0;
        for (CaseFile.Report r : request.earlierDecisions()) {
            String p = "earlier." + i++ + ".";
            field(rest, p + "generatedAt", r.generatedAt());
            field(rest, p + "audience", r.audience());
            field(rest, p + "ruleSet", r.ruleSet());
            field(rest, p + "recommendation", r.recommendation());
            CaseFile.Decision rd = r.decision();
            if (rd != null) {
                decision(
                        rest,
                        p + "decision.",
                        rd.type(),
                        rd.finalRecommendation(),
                        rd.reason(),
                        rd.by(),
                        rd.at(),
                        rd.outcome());
            }
        }
        sha.update(rest.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The practice details printed in the report. */
    private static void practice(StringBuilder rest, PracticeInfo practice) {
        field(rest, "practice.name", practice.name());
        field(rest, "practice.contact", practice.contact());
        field(rest, "practice.localResources", practice.localResources());
        field(rest, "practice.pageSize", practice.pageSize());
        field(rest, "practice.zone", practice.zone().getId());
        field(rest, "practice.crisisRegion", practice.crisisRegion());
        field(rest, "practice.crisisLines", practice.crisisLines());
    }

    /** A decision, this report's or an earlier one's; the outcome only when there is one. */
    private static void decision(
            StringBuilder rest,
            String prefix,
            DecisionType type,
            Recommendation finalRecommendation,
            String reason,
            String by,
            Instant at,
            DecisionOutcome outcome) {
        field(rest, prefix + "type", type);
        field(rest, prefix + "final", finalRecommendation);
        field(rest, prefix + "reason", reason);
        field(rest, prefix + "by", by);
        field(rest, prefix + "at", at);
        if (outcome != null) {
            field(rest, prefix + "outcome", outcome);
        }
    }

    /**
     * One field as {@code name=length:value;}: the length prefix keeps a value that contains
     * separators from being read as two fields, so different inputs cannot collide by layout.
     */
    private static void field(StringBuilder out, String name, Object value) {
        String v = value == null ? "" : String.valueOf(value);
        out.append('\n').append(name).append('=');
        if (value == null) {
            out.append("null");
        } else {
            out.append(v.length()).append(':').append(v);
        }
        out.append(';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
