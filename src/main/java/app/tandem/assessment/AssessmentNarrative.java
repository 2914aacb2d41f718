package app.tandem.assessment;

import app.tandem.casefile.PartnerId;
import app.tandem.casefile.Recommendation;
import app.tandem.text.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@link Assessment}'s structured explanation into plain English, for the Progress
 * view and the report. All wording comes from the {@code assessment.*} keys of
 * {@code seeds/texts/assessment.yaml}; this class only chooses templates and formats values
 * (dates, signed changes, two-decimal RCIs, partner and flag lists).
 */
public final class AssessmentNarrative {

    private final Texts texts;
    private final DateTimeFormatter dates;

    /** A narrative using {@code texts} (which must hold the {@code assessment.*} keys). */
    public AssessmentNarrative(Texts texts) {
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.get("assessment.format.date"), Locale.ENGLISH);
    }

    /** A narrative using the texts on Tandem's classpath. */
    public static AssessmentNarrative standard() {
        return new AssessmentNarrative(Texts.shared());
    }

    /**
     * The explanation in sentences.
     *
     * @param headline the recommendation in plain words
     * @param summary one sentence: the headline with the reasons of the matched rules, e.g.
     *        "Couples therapy is suggested (R3: contempt noted on 2 of the last 3 sessions; R4: …)."
     * @param decisive the decisive rule and why it matched
     * @param matched one line for each other matched rule (R7 only when it decides); under R0
     *        they are "also observed", without their outcomes
     * @param notMatched one line for each rule that did not match, in check order
     * @param whatWouldChange one line for each lever; under R0 only the safety review's, as no
     *        joint outcome applies while a safety flag is active
     * @param warnings one line for each warning, to show prominently
     * @param concerns one paragraph for each concern, for the counselor only
     */
    public record Narrative(
            String headline,
            String summary,
            String decisive,
            List<String> matched,
            List<String> notMatched,
            List<String> whatWouldChange,
            List<String> warnings,
            List<String> concerns) {}

    /** Describes {@code a}. */
    public Narrative describe(Assessment a) {
        String headline = texts.get("assessment.headline." + headlineKey(a));
        boolean safety = a.decisiveRule() == Rule.R0;

        String decisive = null;
        List<String> matched = new ArrayList<>();
        List<String> notMatched = new ArrayList<>();
        List<String> summaryReasons = new ArrayList<>();
        List<String> alsoObserved = new ArrayList<>();
        for (RuleResult r : a.rules()) {
            String reason = reason(a, r);
            Map<String, Object> line =
                    Map.of("rule", r.rule().name(), "ruleName", ruleName(r.rule()), "reason", reason);
            if (!r.matched()) {
                notMatched.add(texts.format("assessment.line.notMatched", line));
            } else if (r.rule() == a.decisiveRule()) {
                decisive = texts.format("assessment.line.decisive", line);
                summaryReasons.add(r.rule().name() + ": " + reason);
            } else if (r.rule() != Rule.R7) {
                matched.add(texts.format(safety ? "assessment.line.alsoObserved" : "assessment.line.matched", line));
                (safety ? alsoObserved : summaryReasons).add(r.rule().name() + ": " + reason);
            }
        }
        String separator = texts.get("assessment.summary.separator");
        if (!alsoObserved.isEmpty()) {
            summaryReasons.add(texts.format(
                    "assessment.summary.alsoObserved", Map.of("reasons", String.join(separator, alsoObserved))));
        }
        String summary = a.decisiveRule() == Rule.R7 && summaryReasons.size() == 1
                ? texts.format("assessment.summary.plain", Map.of("headline", headline))
                : texts.format(
                        "assessment.summary.withReasons",
                        Map.of("headline", headline, "reasons", String.join(separator, summaryReasons)));

        Set<String> levers = levers(a, safety);

        List<String> warnings = new ArrayList<>();
        for (AssessmentWarning w : a.warnings()) {
            warnings.add(texts.get("assessment.warning." + w.name()));
        }
        return new Narrative(
                headline,
                summary,
                decisive,
                List.copyOf(matched),
                List.copyOf(notMatched),
                List.copyOf(levers),
                List.copyOf(warnings),
                concerns(a));
    }

    /** What would change the recommendation, one line a lever (a safety referral: only its own). */
    private Set<String> levers(Assessment a, boolean safety) {
        Set<String> levers = new LinkedHashSet<>();
        for (Lever lever : a.levers()) {
            if (safety && lever.rule() != Rule.R0) {
                continue;
            }
            String key = "assessment.lever." + lever.kind().name();
            if (lever.kind() == Lever.Kind.DATE_REACHED) {
                key += "." + lever.params().get("threshold");
            }
            String text = texts.format(variant(key, lever.params()), display(a, lever.params()));
            levers.add(texts.format(
                    "assessment.line.lever", Map.of("rule", lever.rule().name(), "lever", text)));
        }
        return levers;
    }

    private List<String> concerns(Assessment a) {
        List<String> lines = new ArrayList<>(a.concerns().size());
        for (Concern c : a.concerns()) {
            String key = "assessment.concern." + c.name();
            if (c == Concern.PARTNERS_DIVERGE) {
                PartnerId stuck = a.partners().a().needsChange() ? PartnerId.A : PartnerId.B;
                PartnerId improved = stuck == PartnerId.A ? PartnerId.B : PartnerId.A;
                lines.add(texts.format(
                        key,
                        Map.of(
                                "improved", texts.format("assessment.words.partner", Map.of("partner", improved)),
                                "stuck", texts.format("assessment.words.partner", Map.of("partner", stuck)))));
            } else {
                lines.add(texts.get(key).strip());
            }
        }
        return List.copyOf(lines);
    }

    /** The reason of one rule as a clause, e.g. "contempt noted on 2 of the last 3 sessions". */
    public String reason(Assessment a, RuleResult r) {
        return texts.format(variant("assessment.reason." + r.reason().name(), r.params()), display(a, r.params()));
    }

    /** The plain name of a rule, e.g. "hostility or secrecy" for R3. */
    public String ruleName(Rule rule) {
        return texts.get("assessment.ruleName." + rule.name());
    }

    private static String headlineKey(Assessment a) {
        Recommendation r = a.recommendation();
        String underWay = a.therapyStartedOn() != null ? "_UNDER_WAY" : "";
        if (a.urgent()) {
            return "COUPLES_THERAPY_URGENT" + underWay;
        }
        if (r == Recommendation.COUPLES_THERAPY) {
            return r.name() + underWay;
        }
        if (r == Recommendation.CONTINUE && a.concerns().contains(Concern.ENGAGEMENT)) {
            return "CONTINUE_ENGAGEMENT";
        }
        if (r == Recommendation.CONTINUE && a.concerns().contains(Concern.ON_TRACK)) {
            return "CONTINUE_ON_TRACK";
        }
        return r.name();
    }

    /** {@code key} itself, or its {@code .one}/{@code .other} variant by the number it is about. */
    private String variant(String key, Map<String, Object> params) {
        if (texts.has(key)) {
            return key;
        }
        return key + (countOf(params) == 1 ? ".one" : ".other");
    }

    private static int countOf(Map<String, Object> params) {
        if (params.get("partners") instanceof List<?> partners) {
            return partners.size();
        }
        for (String name : new String[] {"assignments", "sessions", "more"}) {
            if (params.get(name) instanceof Integer n) {
                return n;
            }
        }
        return 0;
    }

    /** The parameters as display strings. */
    private Map<String, Object> display(Assessment a, Map<String, Object> params) {
        Map<String, Object> out = new HashMap<>(params.size() * 2 + 2);
        for (Map.Entry<String, Object> e : params.entrySet()) {
            String name = e.getKey();
            Object value = e.getValue();
            Object shown = switch (value) {
                case LocalDate d -> dates.format(d);
                case Double d
                when name.equals("cutoff") ->
                    BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
                case Double d -> AssessmentJson.round2(d).toPlainString();
                case Integer i when name.equals("change") -> i > 0 ? "+" + i : i.toString();
                case List<?> list when name.equals("partners") -> partners(list);
                case List<?> list when name.equals("flags") -> flags(list);
                case String s when name.equals("kind") -> texts.get("assessment.words.kind." + s);
                default -> value;
            };
            out.put(name, shown);
        }
        if (params.get("partners") instanceof List<?> list) {
            out.put(
                    "progress",
                    texts.get(
                            anyDeteriorated(a, list) ? "assessment.words.noImprovement" : "assessment.words.noChange"));
        }
        return out;
    }

    private static boolean anyDeteriorated(Assessment a, List<?> partners) {
        for (Object p : partners) {
            if (a.partners().get((PartnerId) p).classification() != Classification.UNCHANGED) {
                return true;
            }
        }
        return false;
    }

    private String partners(List<?> list) {
        if (list.size() == 1) {
            return texts.format("assessment.words.partner", Map.of("partner", list.get(0)));
        }
        return texts.format("assessment.words.partners", Map.of("first", list.get(0), "second", list.get(1)));
    }

    private String flags(List<?> names) {
        List<String> words = new ArrayList<>(names.size());
        for (Object name : names) {
            words.add(texts.get("assessment.flag." + name));
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        String head = String.join(texts.get("assessment.words.listSeparator"), words.subList(0, words.size() - 1));
        return texts.format("assessment.words.list", Map.of("first", head, "last", words.get(words.size() - 1)));
    }
}
