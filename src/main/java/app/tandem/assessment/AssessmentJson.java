package app.tandem.assessment;

import app.tandem.casefile.PartnerId;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Assessment} as the JSON of {@code docs/ASSESSMENT.md} ("Output"), keys in exactly
 * that order. {@code rci} and {@code adherence} are rounded to two decimals for display (half
 * up); decisions were made on the unrounded values. {@code settings} lists every value used.
 * The structured explanation is not part of this format.
 */
public final class AssessmentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectWriter LINE_WRITER = MAPPER.writer();

    private AssessmentJson() {}

    /** The assessment as pretty-printed JSON, ending with a newline. */
    public static String write(Assessment a) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            object(g, a);
        }
        return out.append('\n').toString();
    }

    /** One line for a batch: {@code {"file": FILE, "assessment": {...}}} without line breaks, ending with a newline. */
    public static String line(String file, Assessment a) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = LINE_WRITER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("file", file);
            g.writeName("assessment");
            object(g, a);
            g.writeEndObject();
        }
        return out.append('\n').toString();
    }

    private static void object(JsonGenerator g, Assessment a) {
        g.writeStartObject();
        g.writeStringProperty("ruleSet", a.ruleSet());
        g.writeStringProperty("asOf", a.asOf().toString());
        g.writeStringProperty("recommendation", a.recommendation().name());
        g.writeStringProperty("decisiveRule", a.decisiveRule().name());
        names(g, "matchedRules", a.matchedRules());
        names(g, "concerns", a.concerns());
        names(g, "warnings", a.warnings());
        g.writeBooleanProperty("urgent", a.urgent());
        g.writeName("daysElapsed");
        if (a.daysElapsed() == null) {
            g.writeNull();
        } else {
            g.writeNumber(a.daysElapsed());
        }
        g.writeObjectPropertyStart("partners");
        for (PartnerId p : PartnerId.values()) {
            partner(g, p.name(), a.partners().get(p));
        }
        g.writeEndObject();
        g.writeObjectPropertyStart("sessionsIgnored");
        g.writeNumberProperty("unsigned", a.sessionsIgnored().unsigned());
        g.writeNumberProperty("afterAsOf", a.sessionsIgnored().afterAsOf());
        g.writeEndObject();
        g.writeObjectPropertyStart("settings");
        for (Map.Entry<String, Object> e : a.settings().asMap().entrySet()) {
            g.writeName(e.getKey());
            if (e.getValue() instanceof Integer i) {
                g.writeNumber(i);
            } else {
                g.writeNumber((Double) e.getValue());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void partner(JsonGenerator g, String name, PartnerProgress p) {
        g.writeObjectPropertyStart(name);
        g.writeNumberProperty("dataPoints", p.dataPoints());
        integer(g, "baseline", p.baseline());
        integer(g, "latest", p.latest());
        integer(g, "change", p.change());
        g.writeName("rci");
        if (p.rci() == null) {
            g.writeNull();
        } else {
            g.writeNumber(round2(p.rci()));
        }
        g.writeName("classification");
        if (p.classification() == null) {
            g.writeNull();
        } else {
            g.writeString(p.classification().name());
        }
        integer(g, "csi4Latest", p.csi4Latest());
        g.writeBooleanProperty("satisfied", p.satisfied());
        g.writeName("adherence");
        g.writeNumber(round2(p.adherence()));
        g.writeEndObject();
    }

    /** Two decimals, half up, from the shortest decimal form of the double. */
    static BigDecimal round2(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        return d.signum() == 0 ? d.abs() : d;
    }

    private static void integer(JsonGenerator g, String name, Integer value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void names(JsonGenerator g, String name, List<? extends Enum<?>> values) {
        g.writeArrayPropertyStart(name);
        for (Enum<?> v : values) {
            g.writeString(v.name());
        }
        g.writeEndArray();
    }
}
