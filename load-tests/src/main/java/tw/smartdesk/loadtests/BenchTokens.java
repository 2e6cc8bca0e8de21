package tw.smartdesk.loadtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tw.smartdesk.security.Roles;
import tw.smartdesk.security.SigningKeys;
import tw.smartdesk.security.TokenMinter;

/**
 * Bearer tokens for the bench stack, signed with its private key by security-tokens' {@link TokenMinter} (so they
 * carry whatever claims the minter puts in, like every token of the local stack): a pool of citizen accounts minted
 * before any measuring (signing is not free and would load the generator), and one clerk.
 */
final class BenchTokens {

    private final List<String> citizenSubjects = new ArrayList<>();
    private final List<String> citizenTokens = new ArrayList<>();
    private final String clerkToken;

    BenchTokens(Path keysDir, String issuer, int citizens, Duration lifetime) {
        TokenMinter minter = new TokenMinter(SigningKeys.readPrivateKey(keysDir.resolve(SigningKeys.PRIVATE_KEY_FILE)), issuer);
        String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
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
}
