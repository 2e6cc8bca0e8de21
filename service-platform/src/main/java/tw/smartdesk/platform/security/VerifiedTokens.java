package tw.smartdesk.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified once, then remembered: the signature check (RSA) and the claims' parsing were a tenth of a
 * submission's CPU and more of a status read's, and a resident's app sends the same token with every request.
 *
 * <p>Only a token that passed every check of SmallRye JWT ({@code mp.jwt.verify.*}: signature, issuer, audience,
 * expiry, age) is remembered, under its exact text, and only while all of these still hold: until its expiry, until
 * {@code iat} plus the maximum token age, and for at most {@code smartdesk.jwt.verified-cache.ttl} (so a key taken
 * out of {@code mp.jwt.verify.publickey.location} stops working within that time). Past any of them the token is
 * verified again, and refused as before. A refused token is never remembered. At most
 * {@code smartdesk.jwt.verified-cache.max-entries} tokens are kept (0 turns remembering off); when full, expired
 * ones go first, then all.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private record Verified(JsonWebToken token, Instant validUntil) {
    }

    private final JWTParser verifier;
    private final JWTAuthContextInfo checks;
    private final int maxEntries;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo checks,
            @ConfigProperty(name = "smartdesk.jwt.verified-cache.max-entries", defaultValue = "4096") int maxEntries,
            @ConfigProperty(name = "smartdesk.jwt.verified-cache.ttl", defaultValue = "PT5M") Duration ttl) {
        this(verifier, checks, maxEntries, ttl, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, JWTAuthContextInfo checks, int maxEntries, Duration ttl, Clock clock) {
        this.verifier = verifier;
        this.checks = checks;
        this.maxEntries = maxEntries;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.validUntil())) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken fresh = verifier.parse(token);
        remember(token, fresh, now);
        return fresh;
    }

    /** How many verified tokens are remembered now. */
    int size() {
        return verified.size();
    }

    private void remember(String token, JsonWebToken fresh, Instant now) {
        if (maxEntries <= 0) {
            return;
        }
        Instant validUntil = now.plus(ttl);
        if (fresh.getExpirationTime() > 0) {
            validUntil = min(validUntil, Instant.ofEpochSecond(fresh.getExpirationTime()));
        }
        if (checks.getMaxTimeToLiveSecs() != null && fresh.getIssuedAtTime() > 0) {
            validUntil = min(validUntil, Instant.ofEpochSecond(fresh.getIssuedAtTime() + checks.getMaxTimeToLiveSecs()));
        }
        if (checks.getTokenAge() != null && fresh.getIssuedAtTime() > 0) {
            validUntil = min(validUntil, Instant.ofEpochSecond(fresh.getIssuedAtTime() + checks.getTokenAge()));
        }
        if (!now.isBefore(validUntil)) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> !now.isBefore(entry.validUntil()));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(fresh, validUntil));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
