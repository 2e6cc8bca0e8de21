package tw.smartdesk.application.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static tw.smartdesk.application.filing.PersonResolves.asStaff;
import static tw.smartdesk.application.filing.PersonResolves.asVerified;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.application.keys.TestRings;
import tw.smartdesk.security.Roles;

/** A verified claim that carries the ID number itself (format RAW): the person registered by their login has it sealed. */
@QuarkusTest
@TestProfile(PersonResolveRawClaimTest.RawClaim.class)
class PersonResolveRawClaimTest {

    public static class RawClaim implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smartdesk.identity.claim-format", "RAW");
        }
    }

    private final ApplicantCrypto ring = TestRings.of(TestRings.dataKeys(), TestRings.hashKeys());

    @Test
    void aVerifiedResidentWhoNeverFiledIsRegisteredWithTheSealedIdNumberAndFoundByThePhoneDesk() {
        Resident resident = Resident.random();

        String ref = asVerified("citizen-" + UUID.randomUUID(), resident).statusCode(200).body("registered", equalTo(true))
                .extract().path("applicantRef");

        assertThat(Db.value("select id_hash from applicant where applicant_ref = ?", ref))
                .isEqualTo(ring.idHash(resident.nationalId()));
        assertThat(ring.open(SealedColumn.APPLICANT_NATIONAL_ID, ref,
                Db.bytes("select national_id_enc from applicant where applicant_ref = ?", ref))).isEqualTo(resident.nationalId());
        asStaff(Roles.OPERATOR, resident.nationalId(), resident.birthDate()).statusCode(200)
                .body("applicantRef", equalTo(ref), "registered", equalTo(false));
    }
}
