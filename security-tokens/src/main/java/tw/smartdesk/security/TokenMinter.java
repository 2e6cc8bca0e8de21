package tw.smartdesk.security;

import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Signs bearer tokens the services accept. For tests and the local stack only: production tokens
 * come from the county's OIDC provider.
 */
public final class TokenMinter {

    private final PrivateKey signingKey;
    private final String issuer;

    public TokenMinter(PrivateKey signingKey, String issuer) {
        this.signingKey = signingKey;
        this.issuer = issuer;
    }

    public TokenMinter(PrivateKey signingKey) {
        this(signingKey, Roles.DEFAULT_ISSUER);
    }

    /** A token for {@code subject} with the given role, valid for {@code lifetime}. */
    public String mint(String subject, String role, Duration lifetime) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(lifetime)
                .jws()
                .sign(signingKey);
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
        var builder = Jwt.issuer(issuer).subject(subject).upn(subject).groups(Set.of(role));
        claims.forEach(builder::claim);
        return builder.expiresIn(Duration.ofHours(1)).jws().sign(signingKey);
    }
}
