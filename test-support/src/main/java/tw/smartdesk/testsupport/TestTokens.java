package tw.smartdesk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import tw.smartdesk.security.SigningKeys;
import tw.smartdesk.security.TokenMinter;

/**
 * Bearer tokens signed with the test key pair ({@code jwt/privateKey.pem} in this module), for the issuer and
 * audience the services accept by default ({@code urn:smartdesk}, {@code smartdesk}).
 */
public final class TestTokens {

    private static final TokenMinter MINTER = new TokenMinter(SigningKeys.parsePrivateKey(readKey()));

    private TestTokens() {
    }

    /** A token for a person or device {@code subject} holding {@code role}. */
    public static String of(String subject, String role) {
        return MINTER.mint(subject, role);
    }

    /** A token whose expiry has passed. */
    public static String expired(String subject, String role) {
        return MINTER.mint(subject, role, Duration.ofSeconds(-120));
    }

    /** A token for {@code subject} holding {@code role} that also carries {@code claims} (e.g. a verified ID claim). */
    public static String withClaims(String subject, String role, Map<String, Object> claims) {
        return MINTER.mint(subject, role, claims);
    }

    /** A token for another audience than the services', e.g. one minted for a different county system. */
    public static String forAudience(String subject, String role, String audience) {
        return MINTER.withAudiences(Set.of(audience)).mint(subject, role);
    }

    /** A token without an {@code aud} claim. */
    public static String withoutAudience(String subject, String role) {
        return MINTER.withAudiences(Set.of()).mint(subject, role);
    }

    /** A token issued {@code age} ago that has not expired yet: it expires {@code age} plus an hour after its issue. */
    public static String issuedAgo(String subject, String role, Duration age) {
        Instant issuedAt = Instant.now().minus(age);
        return MINTER.mint(subject, role, Map.of(), issuedAt, issuedAt.plus(age).plus(Duration.ofHours(1)));
    }

    /** {@code Authorization} header value. */
    public static String bearer(String subject, String role) {
        return "Bearer " + of(subject, role);
    }

    private static String readKey() {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("jwt/privateKey.pem")) {
            if (in == null) {
                throw new IllegalStateException("jwt/privateKey.pem is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
