package tw.smartdesk.application.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import tw.smartdesk.application.domain.Caller;

/**
 * The caller of the current request, from the verified bearer token. Identity is the token's
 * {@code sub} claim (stable at the provider), not a user name that may change or be reused.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller get() {
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        return new Caller(subject, identity.getRoles());
    }
}
