package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.security.VerifiedTokens;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * What every service accepts as a bearer token (service-platform's {@code mp.jwt.verify.*} defaults): our issuer,
 * our audience ({@code smartdesk}), and issued at most {@code SMARTDESK_JWT_MAX_TOKEN_AGE} (3600 s) ago even
 * when its expiry is further away. Anything else is 401 problem+json, as if there were no token.
 */
@QuarkusTest
class BearerTokenTest {

    /** An endpoint every service has, for administrators only. */
    private static final String ADMIN_ENDPOINT = "/admin/outbox/parked";

    @Inject
    JWTParser parser;

    @Test
    void tokensAreVerifiedThroughTheCacheOfVerifiedTokens() {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void aTokenForOurAudienceIssuedJustNowIsAccepted() {
        callWith(TestTokens.of("admin-1", Roles.ADMIN)).then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertUnauthenticated(TestTokens.forAudience("admin-1", Roles.ADMIN, "county-library"));
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        assertUnauthenticated(TestTokens.withoutAudience("admin-1", Roles.ADMIN));
    }

    @Test
    void aTokenIssuedLongerAgoThanTheMaximumAgeIsRefusedThoughNotExpired() {
        assertUnauthenticated(TestTokens.issuedAgo("admin-1", Roles.ADMIN, Duration.ofHours(2)));
    }

    @Test
    void aTokenIssuedWithinTheMaximumAgeIsAccepted() {
        callWith(TestTokens.issuedAgo("admin-1", Roles.ADMIN, Duration.ofMinutes(50))).then().statusCode(200);
    }

    private static io.restassured.response.Response callWith(String token) {
        return given().header("Authorization", "Bearer " + token).when().get(ADMIN_ENDPOINT);
    }

    private static void assertUnauthenticated(String token) {
        callWith(token).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401), "type", equalTo("urn:smartdesk:problem:unauthenticated"));
    }
}
