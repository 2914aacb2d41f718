package app.tandem.pdf;

import static app.tandem.pdf.ReportFixtures.GENERATED_AT;
import static app.tandem.pdf.ReportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.assessment.Assessment;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.PerPartner;
import app.tandem.casefile.Recommendation;
import app.tandem.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance checks of issue 13 on every example's reports: no client report under any open
 * safety flag (signed or draft); no date or score of an individual contact in a client report;
 * crisis resources in every safety-referral counselor report, for every region and without one.
 */
class ExampleReportsTest {

    private static final ProgressReportRenderer RENDERER = ProgressReportRenderer.standard();
    private static final Texts TEXTS = Texts.shared();

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(ReportFixtures.EXAMPLES)) {
            return files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    /** A safety flag on a session on or before asOf, signed or draft, that no later signed "safe" review cleared. */
    private static boolean openSafetyFlag(CaseFile file, LocalDate asOf) {
        LocalDate cleared = null;
        for (CaseFile.SafetyReview r : file.safetyReviews()) {
            if (r.signed()
                    && !r.date().isAfter(asOf)
                    && (cleared == null || !r.date().isBefore(cleared))) {
                cleared = r.outcome() == SafetyOutcome.CONJOINT_WORK_SAFE ? r.date() : LocalDate.MIN;
            }
        }
        for (Session s : file.sessions()) {
            if (s.hasSafetyFlag()
                    && !s.date().isAfter(asOf)
                    && (cleared == null || s.date().isAfter(cleared))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void no_client_report_is_made_under_an_open_safety_flag_signed_or_draft(String name) {
        CaseFile file = ReportFixtures.example(name);
        ReportRequest request = ReportFixtures.request(file, Audience.CLIENT);

        if (openSafetyFlag(file, request.assessment().asOf())) {
            assertThatThrownBy(() -> RENDERER.render(request)).isInstanceOf(ClientReportRefusedException.class);
        } else {
            assertThat(text(RENDERER.render(request))).contains(TEXTS.get("client.title"));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void a_client_report_shows_no_date_or_score_of_an_individual_contact(String name) {
        CaseFile file = ReportFixtures.example(name);
        Assessment assessment = ReportFixtures.assess(file);
        if (!ProgressReportRenderer.clientReportAllowed(assessment, assessment.recommendation())) {
            return; // refused: see the test above
        }
        LocalDate asOf = assessment.asOf();
        // An individual contact with each partner, on days no joint session has, with scores no joint session has.
        CaseFile withContacts = withIndividualContacts(file, asOf.minusDays(1), asOf.minusDays(2));

        String plain = text(RENDERER.render(
                ReportRequest.of(file, assessment, Audience.CLIENT, PracticeInfo.DEFAULT, GENERATED_AT)));
        String withThem = text(RENDERER.render(
                ReportRequest.of(withContacts, assessment, Audience.CLIENT, PracticeInfo.DEFAULT, GENERATED_AT)));

        assertThat(withThem)
                .as("the individual contacts change nothing in the client report")
                .isEqualTo(plain);
        for (Session s : withContacts.sessions()) {
            if (s.attendance() != Attendance.BOTH && s.signed()) {
                for (String date : dateForms(s.date())) {
                    assertThat(withThem)
                            .as("%s: individual contact of %s", name, s.date())
                            .doesNotContain(date);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void every_safety_referral_counselor_report_prints_crisis_resources_for_every_region_and_without_one(String name) {
        CaseFile file = ReportFixtures.example(name);
        Assessment assessment = ReportFixtures.assess(file);
        if (assessment.recommendation() != Recommendation.SAFETY_REFERRAL) {
            return;
        }
        List<String> regions = new ArrayList<>(CrisisResources.REGIONS);
        regions.add(null);
        for (String region : regions) {
            PracticeInfo practice =
                    new PracticeInfo("Tandem", null, null, PracticeInfo.PageSize.A4, ZoneId.of("UTC"), region, null);
            String text = text(
                    RENDERER.render(ReportRequest.of(file, assessment, Audience.COUNSELOR, practice, GENERATED_AT)));

            assertThat(text).as("%s, region %s", name, region).contains(TEXTS.get("counselor.safety.crisisTitle"));
            for (String r : region == null ? CrisisResources.REGIONS : List.of(region)) {
                assertThat(text).as("%s, region %s", name, region).contains(CrisisResources.emergency(TEXTS, r));
            }
            if (region != null) {
                String firstLine = CrisisResources.defaultLines(TEXTS, region)
                        .lines()
                        .findFirst()
                        .orElseThrow();
                assertThat(text).contains(firstLine);
            }
        }
    }

    /** Every way a report could print a date: long, short, table, and ISO. */
    private static List<String> dateForms(LocalDate date) {
        List<String> forms = new ArrayList<>();
        for (String key : List.of("pdf.format.date", "pdf.format.shortDate", "pdf.format.tableDate")) {
            forms.add(
                    DateTimeFormatter.ofPattern(TEXTS.get(key), Locale.ENGLISH).format(date));
        }
        forms.add(date.toString());
        return forms;
    }

    /** {@code file} plus a signed individual contact with partner A and one with partner B, scored 10, 10, 10. */
    private static CaseFile withIndividualContacts(CaseFile file, LocalDate dayA, LocalDate dayB) {
        List<Session> sessions = new ArrayList<>(file.sessions());
        for (Session s : file.sessions()) {
            if (s.date().equals(dayA) || s.date().equals(dayB)) {
                throw new IllegalStateException("the example has a session on a day chosen for an individual contact");
            }
        }
        Scores high = new Scores(10, 10, 10, 21);
        sessions.add(individual(dayA, Attendance.A, new PerPartner<>(high, null)));
        sessions.add(individual(dayB, Attendance.B, new PerPartner<>(null, high)));
        return new CaseFile(
                file.format(),
                file.formatVersion(),
                file.exportedAt(),
                file.couple(),
                file.homework(),
                sessions,
                file.safetyReviews(),
                file.reports());
    }

    private static Session individual(LocalDate day, Attendance who, PerPartner<Scores> scores) {
        return new Session(
                day,
                LocalTime.of(12, 0),
                45,
                CaseFile.SessionFormat.PHONE,
                who,
                true,
                null,
                "dana@example.org",
                scores,
                List.of(),
                List.of(),
                null,
                PerPartner.both(null),
                List.of());
    }

    /** The cleared-safety example has real individual contacts too: none of their dates reaches its client report. */
    @ParameterizedTest
    @MethodSource("examplesWithIndividualContacts")
    void an_example_with_real_individual_contacts_keeps_their_dates_out_of_the_client_report(String name)
            throws Exception {
        CaseFile file = CaseFileReader.read(ReportFixtures.EXAMPLES.resolve(name + ".json"));

        String text = text(RENDERER.render(ReportFixtures.request(file, Audience.CLIENT)));

        for (Session s : file.sessions()) {
            if (s.attendance() != Attendance.BOTH) {
                for (String date : dateForms(s.date())) {
                    assertThat(text).doesNotContain(date);
                }
            }
        }
    }

    static Stream<String> examplesWithIndividualContacts() throws IOException {
        return examples()
                .filter(n -> ReportFixtures.example(n).sessions().stream()
                        .anyMatch(s -> s.attendance() == Attendance.A || s.attendance() == Attendance.B))
                .filter(n -> {
                    Assessment a = ReportFixtures.assess(ReportFixtures.example(n));
                    return ProgressReportRenderer.clientReportAllowed(a, a.recommendation());
                });
    }
}
