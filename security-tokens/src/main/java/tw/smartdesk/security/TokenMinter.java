package tw.smartdesk.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Signs bearer tokens the services accept: {@code iss}, {@code aud}, {@code sub}, {@code upn}, {@code groups} (the
 * role), {@code iat} and {@code exp} (README "Security"). For tests and the local stack only: production tokens
 * come from the county's OIDC provider.
 */
public final class TokenMinter {

    private final PrivateKey signingKey;
    private final String issuer;
    private final Set<String> audiences;

    /** A minter whose tokens carry {@code audiences} in {@code aud}; none leaves {@code aud} out (for tests of refusal). */
    public TokenMinter(PrivateKey signingKey, String issuer, Set<String> audiences) {
        this.signingKey = signingKey;
        this.issuer = issuer;
        this.audiences = Set.copyOf(audiences);
    }

    public TokenMinter(PrivateKey signingKey, String issuer) {
        this(signingKey, issuer, Set.of(Roles.DEFAULT_AUDIENCE));
    }

    public TokenMinter(PrivateKey signingKey) {
        this(signingKey, Roles.DEFAULT_ISSUER);
    }

    /** The same key and issuer, another audience (an empty set: tokens without {@code aud}). */
    public TokenMinter withAudiences(Set<String> otherAudiences) {
        return new TokenMinter(signingKey, issuer, otherAudiences);
    }

    /** A token for {@code subject} with the given role, issued now and valid for {@code lifetime}. */
    public String mint(String subject, String role, Duration lifetime) {
        Instant now = Instant.now();
        return mint(subject, role, Map.of(), now, now.plus(lifetime));
    }

    /** A one-hour token. */
    public String mint(String subject, String role) {
        return mint(subject, role, Duration.ofHours(1));
    }

    /**
     * A one-hour token carrying extra claims besides the usual ones, e.g. the verified identity claim the
     * county's OIDC provider adds after a citizen digital certificate or mobile ID login.
     */
    public String mint(String subject, String role, Map<String, Object> claims) {
        Instant now = Instant.now();
        return mint(subject, role, claims, now, now.plus(Duration.ofHours(1)));
    }

    /** A token with the given issue ({@code iat}) and expiry ({@code exp}) times, e.g. one older than a service accepts. */
    public String mint(String subject, String role, Map<String, Object> claims, Instant issuedAt, Instant expiresAt) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer).subject(subject).upn(subject).groups(Set.of(role));
        if (!audiences.isEmpty()) {
            builder.audience(audiences);
        }
        claims.forEach(builder::claim);
        return builder.issuedAt(issuedAt).expiresAt(expiresAt).jws().sign(signingKey);
    }
}
