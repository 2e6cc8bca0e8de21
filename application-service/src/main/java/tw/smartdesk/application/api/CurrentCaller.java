package tw.smartdesk.application.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.service.VerifiedIdentity;
import tw.smartdesk.security.Roles;

/**
 * The caller of the current request, from the verified bearer token. Identity is the token's
 * {@code sub} claim (stable at the provider), not a user name that may change or be reused. A citizen
 * token may also carry the verified identity claim ({@link VerifiedIdentity}); only citizens use it.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final VerifiedIdentity verified;

    CurrentCaller(SecurityIdentity identity, JsonWebToken token, VerifiedIdentity verified) {
        this.identity = identity;
        this.token = token;
        this.verified = verified;
    }

    public Caller get() {
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        List<String> verifiedIdHashes = identity.hasRole(Roles.CITIZEN) ? verified.idHashesOf(token) : List.of();
        return new Caller(subject, identity.getRoles(), verifiedIdHashes);
    }

    /**
     * A citizen's verified ID number itself, when the claim carries it (format RAW; see
     * {@link VerifiedIdentity#nationalIdOf}); empty otherwise and for staff. Never log it.
     */
    public Optional<String> verifiedNationalId() {
        return identity.hasRole(Roles.CITIZEN) ? verified.nationalIdOf(token) : Optional.empty();
    }
}
