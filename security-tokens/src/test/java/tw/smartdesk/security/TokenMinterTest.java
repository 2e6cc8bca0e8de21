package tw.smartdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The shape of a minted token: what every SmartDesk service checks (README "Security"). */
class TokenMinterTest {

    private static final TokenMinter MINTER = new TokenMinter(SigningKeys.generate().getPrivate());

    @Test
    void aTokenCarriesIssuerAudienceRoleAndItsIssueAndExpiryTimes() throws Exception {
        long before = Instant.now().getEpochSecond();

        JwtClaims claims = claimsOf(MINTER.mint("resident-1", Roles.CITIZEN, Duration.ofMinutes(30)));

        assertThat(claims.getIssuer()).isEqualTo(Roles.DEFAULT_ISSUER);
        assertThat(claims.getAudience()).containsExactly(Roles.DEFAULT_AUDIENCE);
        assertThat(claims.getSubject()).isEqualTo("resident-1");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly(Roles.CITIZEN);
        assertThat(claims.getIssuedAt().getValue()).isBetween(before, Instant.now().getEpochSecond());
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(1800);
    }

    @Test
    void anotherAudienceOrNone() throws Exception {
        assertThat(claimsOf(MINTER.withAudiences(Set.of("billing")).mint("a", Roles.ADMIN)).getAudience())
                .containsExactly("billing");
        assertThat(claimsOf(MINTER.withAudiences(Set.of()).mint("a", Roles.ADMIN)).hasAudience()).isFalse();
    }

    @Test
    void extraClaimsAndChosenTimes() throws Exception {
        Instant issuedAt = Instant.parse("2026-01-01T08:00:00Z");

        JwtClaims claims = claimsOf(MINTER.mint("kiosk-1", Roles.KIOSK, Map.of("site", "TTCSC-MAIN"), issuedAt,
                issuedAt.plus(Duration.ofHours(3))));

        assertThat(claims.getStringClaimValue("site")).isEqualTo("TTCSC-MAIN");
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(issuedAt.getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(issuedAt.getEpochSecond() + 3 * 3600);
        assertThat(claims.getAudience()).containsExactly(Roles.DEFAULT_AUDIENCE);
    }

    private static JwtClaims claimsOf(String token) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JwtClaims.parse(payload);
    }
}
