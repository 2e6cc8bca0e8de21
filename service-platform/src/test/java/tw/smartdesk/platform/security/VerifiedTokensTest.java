package tw.smartdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.security.SigningKeys;
import tw.smartdesk.security.TokenMinter;

/** Real RS256 tokens through SmallRye JWT's own verifier, with the cache's clock moved by hand. */
class VerifiedTokensTest {

    private static final String ISSUER = "urn:smartdesk";
    private static final KeyPair KEYS = SigningKeys.generate();
    private static final TokenMinter MINTER = new TokenMinter(KEYS.getPrivate(), ISSUER, Set.of("smartdesk"));

    private final MovableClock clock = new MovableClock(Instant.now());

    @Test
    void aVerifiedTokenIsServedFromMemoryTheSecondTime() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String token = MINTER.mint("resident-1", Roles.CITIZEN);

        JsonWebToken first = tokens.parse(token);
        JsonWebToken second = tokens.parse(token);

        assertThat(first.getSubject()).isEqualTo("resident-1");
        assertThat(second).isSameAs(first);
        assertThat(tokens.size()).isOne();
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String forged = new TokenMinter(SigningKeys.generate().getPrivate(), ISSUER, Set.of("smartdesk"))
                .mint("resident-1", Roles.CITIZEN);

        assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsTimeInMemoryIsOver() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String token = MINTER.mint("resident-1", Roles.CITIZEN);
        JsonWebToken first = tokens.parse(token);

        clock.move(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void aTokenIsNeverServedFromMemoryPastItsExpiry() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        Instant issued = clock.instant();
        String token = MINTER.mint("resident-1", Roles.CITIZEN, Map.of(), issued, issued.plusSeconds(30));
        JsonWebToken first = tokens.parse(token);
        assertThat(tokens.parse(token)).isSameAs(first);

        clock.move(Duration.ofSeconds(31));

        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void aTokenIsNeverServedFromMemoryPastItsMaximumAge() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofHours(2));
        String token = MINTER.mint("resident-1", Roles.CITIZEN, Duration.ofHours(3));
        JsonWebToken first = tokens.parse(token);

        clock.move(Duration.ofSeconds(3601));

        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void aFullCacheStaysWithinItsLimitAndZeroTurnsItOff() throws ParseException {
        VerifiedTokens small = cache(2, Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            small.parse(MINTER.mint("resident-" + i, Roles.CITIZEN));
        }
        assertThat(small.size()).isBetween(1, 2);

        VerifiedTokens off = cache(0, Duration.ofMinutes(5));
        String token = MINTER.mint("resident-1", Roles.CITIZEN);
        assertThat(off.parse(token)).isNotSameAs(off.parse(token));
        assertThat(off.size()).isZero();
    }

    private VerifiedTokens cache(int maxEntries, Duration ttl) {
        JWTAuthContextInfo checks = new JWTAuthContextInfo(KEYS.getPublic(), ISSUER);
        checks.setExpectedAudience(Set.of("smartdesk"));
        checks.setTokenAge(3600L);
        return new VerifiedTokens(new DefaultJWTParser(checks), checks, maxEntries, ttl, clock);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
