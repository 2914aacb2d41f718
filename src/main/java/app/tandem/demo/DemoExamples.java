package app.tandem.demo;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFiles;
import app.tandem.casefile.PerPartner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The example case files of {@code seeds/examples} that the demo practice is written from: which
 * ones, how many days before today each one's last session lies, and the partners renamed where two
 * examples share a name.
 */
final class DemoExamples {

    /** The example written for each, how many days before today its last session lies, and new partner names where two examples share one. */
    record Example(String name, int endsDaysAgo, String[] names) {

        /** The example, partners renamed, moved so that its last session lies {@code endsDaysAgo} before {@code today}. */
        CaseFile file(LocalDate today) {
            return endingDaysAgo(renamed(read(name), names), today, endsDaysAgo);
        }
    }

    static final List<Example> EXAMPLES = List.of(
            new Example("couples-therapy", 2, null),
            new Example("couples-therapy-urgent", 1, null),
            new Example("retreat", 3, null),
            new Example("safety-referral", 4, null),
            new Example("unsigned-safety-flag", 4, new String[] {"Clara", "Haddad", null, null}),
            new Example("insufficient-data", 1, null),
            new Example("continue-engagement", 24, null),
            new Example("on-track", 2, null),
            new Example("thriving", 20, new String[] {null, null, "Felix", "Amsel"}),
            new Example("diverging", 3, new String[] {"Ruth", "Adeyemi", null, null}),
            new Example("cleared-safety-in-therapy", 6, null));

    /** The one couple that arrives by import (a transfer from another practice's Tandem). */
    static final String IMPORTED_EXAMPLE = "continue";

    private DemoExamples() {}

    /** The file with every date moved so that its last session lies {@code days} before {@code today}. */
    static CaseFile endingDaysAgo(CaseFile file, LocalDate today, int days) {
        LocalDate latest = AssessmentEngine.latestSessionDate(file).orElse(today);
        return CaseFiles.shiftDates(file, ChronoUnit.DAYS.between(latest, today.minusDays(days)));
    }

    static CaseFile read(String name) {
        try (InputStream in = DemoExamples.class.getResourceAsStream("/seeds/examples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Missing demo example seeds/examples/" + name + ".json");
            }
            return CaseFileReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CaseFileException e) {
            throw new IllegalStateException("Example " + name + " is invalid: " + e.errors(), e);
        }
    }

    /** The names of the examples written through the services (for the tests). */
    static List<String> names() {
        return EXAMPLES.stream().map(Example::name).toList();
    }

    /** The file with partners renamed ({@code names}: A first, A last, B first, B last; null keeps a name). */
    private static CaseFile renamed(CaseFile file, String[] names) {
        if (names == null) {
            return file;
        }
        CaseFile.Couple c = file.couple();
        CaseFile.Partner a = renamed(c.partners().a(), names[0], names[1]);
        CaseFile.Partner b = renamed(c.partners().b(), names[2], names[3]);
        CaseFile.Couple couple = new CaseFile.Couple(
                c.reference(),
                c.intakeDate(),
                c.status(),
                c.statusHistory(),
                c.closingSummary(),
                c.counselor(),
                new PerPartner<>(a, b),
                c.context(),
                c.goals(),
                c.secretsPolicy(),
                c.childrenInHousehold(),
                c.referrals());
        return new CaseFile(
                file.format(),
                file.formatVersion(),
                file.exportedAt(),
                couple,
                file.homework(),
                file.sessions(),
                file.safetyReviews(),
                file.reports(),
                file.consents(),
                file.ipvScreens(),
                file.checkIns());
    }

    /** A renamed partner loses the email address that belonged to the old name. */
    private static CaseFile.Partner renamed(CaseFile.Partner p, String firstName, String lastName) {
        return new CaseFile.Partner(
                or(firstName, p.firstName()),
                or(lastName, p.lastName()),
                p.pronouns(),
                firstName == null ? p.email() : null,
                p.phone(),
                p.safeContact());
    }

    private static String or(String name, String kept) {
        return name == null ? kept : name;
    }
}
