package app.tandem.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.RemoteCheck;
import app.tandem.casefile.CaseFile.ScreenQuestion;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fields issue 13 added to the case file (anchors version, remote checks, co-signature,
 * decision outcome, consents, IPV screens, referral types), and older files without them.
 */
class CaseFileNewFieldsTest {

    @Test
    void an_older_file_reads_with_anchors_version_one_and_without_the_new_records() throws CaseFileException {
        CaseFile file = CaseFileReader.read(CaseFileReaderTest.resource("minimal.json"));

        assertThat(file.sessions()).allSatisfy(s -> {
            assertThat(s.anchorsVersion()).isEqualTo(1);
            assertThat(s.remoteChecks()).isEqualTo(new PerPartner<RemoteCheck>(null, null));
        });
        assertThat(file.consents()).isEmpty();
        assertThat(file.ipvScreens()).isEmpty();
        assertThat(file.safetyReviews())
                .allSatisfy(r -> assertThat(r.coSignedBy()).isNull());
        assertThat(file.reports())
                .allSatisfy(r -> assertThat(r.decision().outcome()).isNull());
    }

    @Test
    void the_full_file_carries_every_new_field() throws CaseFileException {
        CaseFile file = CaseFileReader.read(CaseFileReaderTest.resource("full.json"));

        CaseFile.Session s = file.sessions().getFirst();
        assertThat(s.anchorsVersion()).isEqualTo(2);
        assertThat(s.remoteChecks())
                .isEqualTo(new PerPartner<>(new RemoteCheck(true, true), new RemoteCheck(true, false)));
        assertThat(file.safetyReviews().getFirst().coSignedBy()).isEqualTo("robin@example.org");
        CaseFile.Decision d = file.reports().getFirst().decision();
        assertThat(d.type()).isEqualTo(DecisionType.OUTCOME);
        assertThat(d.outcome()).isEqualTo(DecisionOutcome.DISCERNMENT_COUNSELLING);
        assertThat(file.consents()).extracting(CaseFile.Consent::partner).containsExactly(PartnerId.A, PartnerId.B);
        CaseFile.IpvScreen b = file.ipvScreens().get(1);
        assertThat(b.partner()).isEqualTo(PartnerId.B);
        assertThat(b.hits()).containsEntry(HitsItem.INSULT, 3).hasSize(4);
        assertThat(b.answers()).containsEntry(ScreenQuestion.CONTROLLED, true).hasSize(8);
    }

    @ParameterizedTest
    @EnumSource(ReferralType.class)
    void every_referral_type_reads_and_writes_back(ReferralType type) throws CaseFileException {
        String json = new String(CaseFileReaderTest.resource("minimal.json"), StandardCharsets.UTF_8)
                .replace("\"type\": \"COUPLES_THERAPY\"", "\"type\": \"" + type + "\"");

        CaseFile file = CaseFileReader.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(file.couple().referrals().getFirst().type()).isEqualTo(type);
        assertThat(CaseFileReader.read(CaseFileWriter.write(file))
                        .couple()
                        .referrals()
                        .getFirst()
                        .type())
                .isEqualTo(type);
    }

    @Test
    void the_new_referral_types_are_there() {
        assertThat(Arrays.stream(ReferralType.values()).map(Enum::name))
                .contains(
                        "INDIVIDUAL_THERAPY",
                        "DISCERNMENT_COUNSELLING",
                        "INTERVENTION_PROGRAMME",
                        "SUBSTANCE_USE_SERVICES",
                        "CRISIS_SERVICES");
    }
}
