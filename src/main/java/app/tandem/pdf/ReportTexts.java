package app.tandem.pdf;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.PartnerId;
import app.tandem.text.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report's wording: {@link Texts} lookups with short-hand parameters, and the formats of
 * dates and numbers. Holds no sentences of its own.
 */
final class ReportTexts {

    private final Texts texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter tableDate;

    ReportTexts(Texts texts) {
        this.texts = texts;
        this.date = DateTimeFormatter.ofPattern(texts.get("pdf.format.date"), Locale.ENGLISH);
        this.shortDate = DateTimeFormatter.ofPattern(texts.get("pdf.format.shortDate"), Locale.ENGLISH);
        this.dateTime = DateTimeFormatter.ofPattern(texts.get("pdf.format.dateTime"), Locale.ENGLISH);
        this.tableDate = DateTimeFormatter.ofPattern(texts.get("pdf.format.tableDate"), Locale.ENGLISH);
    }

    String get(String key) {
        return texts.get(key).strip();
    }

    boolean has(String key) {
        return texts.has(key);
    }

    /** The text under {@code key} with parameters given as name, value, name, value, … */
    String format(String key, Object... nameValues) {
        Map<String, Object> params = new HashMap<>(nameValues.length);
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put((String) nameValues[i], nameValues[i + 1]);
        }
        return texts.format(key, params).strip();
    }

    /** The crisis contacts a practice in {@code region} prints (see {@link CrisisResources#of}). */
    CrisisResources crisis(String region, String practiceLines) {
        return CrisisResources.of(texts, region, practiceLines);
    }

    /** Where the default crisis lines come from, with the date they were recorded. */
    String crisisSource() {
        return CrisisResources.source(texts);
    }

    String date(LocalDate d) {
        return date.format(d);
    }

    String shortDate(LocalDate d) {
        return shortDate.format(d);
    }

    /** A date in a table column: short, with the year. */
    String tableDate(LocalDate d) {
        return tableDate.format(d);
    }

    String dateTime(Instant at, ZoneId zone) {
        return dateTime.format(at.atZone(zone));
    }

    /** Two decimals, half up, as the assessment displays its figures. */
    static String two(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        return (d.signum() == 0 ? d.abs() : d).toPlainString();
    }

    /** A number as short as it can be: "5", "0.85", "13.5". */
    static String plain(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }

    /** Halves as a count: 3 halves is "1½". */
    static String halves(int halves) {
        int whole = halves / 2;
        return halves % 2 == 0 ? String.valueOf(whole) : (whole == 0 ? "½" : whole + "½");
    }

    static String percent(int halves, int count) {
        return count == 0 ? "0" : String.valueOf(Math.round(halves * 50.0 / count));
    }

    /** A partner's first name. */
    static String firstName(CaseFile file, PartnerId partner) {
        return file.couple().partners().get(partner).firstName();
    }

    /** A partner's full name with pronouns, for the counselor's cover. */
    static String fullName(CaseFile file, PartnerId partner) {
        Partner p = file.couple().partners().get(partner);
        StringBuilder name = new StringBuilder(p.firstName());
        if (p.lastName() != null && !p.lastName().isBlank()) {
            name.append(' ').append(p.lastName());
        }
        if (p.pronouns() != null && !p.pronouns().isBlank()) {
            name.append(" (").append(p.pronouns()).append(')');
        }
        return name.toString();
    }
}
