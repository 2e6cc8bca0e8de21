package tw.smartdesk.loadtests;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tw.smartdesk.security.Roles;
import tw.smartdesk.security.SigningKeys;
import tw.smartdesk.security.TokenMinter;

/**
 * Bearer tokens for the bench stack, signed with its private key by security-tokens' {@link TokenMinter} (so they
 * carry whatever claims the minter puts in, like every token of the local stack): a pool of citizen accounts minted
 * before any measuring (signing is not free and would load the generator), one clerk, and on request residents with
 * a verified identity, each a person of their own.
 */
final class BenchTokens {

    /**
     * The verified identity claim application-service reads ({@code smartdesk.identity.verified-id-claim}, default
     * format KEYED_HASH: 64 lowercase hex characters). Any distinct value is a distinct person.
     */
    static final String VERIFIED_ID_CLAIM = "tw_national_id_hash";

    private final TokenMinter minter;
    private final Duration lifetime;
    private final String run;
    private final SecureRandom random = new SecureRandom();
    private final List<String> citizenSubjects = new ArrayList<>();
    private final List<String> citizenTokens = new ArrayList<>();
    private final String clerkToken;
    private int residentsMinted;

    BenchTokens(Path keysDir, String issuer, int citizens, Duration lifetime) {
        this.minter = new TokenMinter(SigningKeys.readPrivateKey(keysDir.resolve(SigningKeys.PRIVATE_KEY_FILE)), issuer);
        this.lifetime = lifetime;
        this.run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
        for (int i = 0; i < citizens; i++) {
            String subject = String.format(Locale.ROOT, "bench-%s-resident-%05d", run, i);
            citizenSubjects.add(subject);
            citizenTokens.add(minter.mint(subject, Roles.CITIZEN, lifetime));
        }
        this.clerkToken = minter.mint("bench-" + run + "-clerk", Roles.CLERK, lifetime);
    }

    int citizens() {
        return citizenTokens.size();
    }

    String citizenToken(int index) {
        return citizenTokens.get(index);
    }

    String citizenSubject(int index) {
        return citizenSubjects.get(index);
    }

    String clerkToken() {
        return clerkToken;
    }

    /** A citizen token for {@code subject} with {@code claims} besides the usual ones. */
    String citizenToken(String subject, Map<String, Object> claims) {
        Instant now = Instant.now();
        return minter.mint(subject, Roles.CITIZEN, claims, now, now.plus(lifetime));
    }

    /**
     * {@code count} residents never seen before, as a citizen digital certificate or mobile ID login leaves them: each
     * token carries a verified identity claim of its own, so each is a distinct person to application-service.
     */
    synchronized List<String> newVerifiedResidents(int count) {
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String subject = String.format(Locale.ROOT, "bench-%s-verified-%06d", run, residentsMinted++);
            tokens.add(citizenToken(subject, Map.of(VERIFIED_ID_CLAIM, randomIdHash())));
        }
        return tokens;
    }

    private String randomIdHash() {
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        return HexFormat.of().formatHex(hash);
    }
}
