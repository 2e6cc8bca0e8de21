package tw.smartdesk.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tw.smartdesk.security.Roles;
import tw.smartdesk.security.SigningKeys;
import tw.smartdesk.security.TokenMinter;

/**
 * The stack's JWT key pair (generated into the state folder on the first start, reused after that) and
 * ready-to-use bearer tokens, one per role. The services verify with the public key file.
 */
final class StackTokens {

    /**
     * How long a printed token stays valid: a working day. The stack's services accept tokens that old
     * ({@code SMARTDESK_JWT_MAX_TOKEN_AGE}); a deployment keeps its default, an hour.
     */
    static final Duration LIFETIME = Duration.ofHours(12);

    private final Path keysDir;
    private final TokenMinter minter;
    private final boolean generated;

    private StackTokens(Path keysDir, TokenMinter minter, boolean generated) {
        this.keysDir = keysDir;
        this.minter = minter;
        this.generated = generated;
    }

    /** The stack's key pair (made when missing), minting tokens from {@code issuer} for {@code audience}. */
    static StackTokens loadOrCreate(Path keysDir, String issuer, String audience) {
        boolean generated = !Files.exists(keysDir.resolve(SigningKeys.PRIVATE_KEY_FILE));
        try {
            return new StackTokens(keysDir, new TokenMinter(SigningKeys.loadOrCreate(keysDir), issuer, Set.of(audience)),
                    generated);
        } catch (RuntimeException e) {
            throw new StackException("Cannot read or create the JWT keys in " + keysDir + ": " + e.getMessage(), e);
        }
    }

    /** Whether this run made a new key pair (tokens printed by an earlier run no longer verify). */
    boolean generated() {
        return generated;
    }

    /** The file the services verify tokens with ({@code SMARTDESK_JWT_PUBLIC_KEY}). */
    Path publicKey() {
        return keysDir.resolve(SigningKeys.PUBLIC_KEY_FILE).toAbsolutePath();
    }

    /** The subject of the printed token for {@code role}: a fixed, recognisable account per role. */
    static String subjectOf(String role) {
        return (Roles.CITIZEN.equals(role) ? "resident" : role) + "-0001";
    }

    String mint(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new StackException("Unknown role '" + role + "': choose from " + String.join(", ", Roles.ALL));
        }
        return minter.mint(subjectOf(role), role, LIFETIME);
    }

    /** One token per role, in the order of {@link Roles#ALL}. */
    Map<String, String> mintAll() {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : Roles.ALL) {
            tokens.put(role, mint(role));
        }
        return tokens;
    }
}
