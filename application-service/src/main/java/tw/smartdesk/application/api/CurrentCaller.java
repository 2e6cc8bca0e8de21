package tw.smartdesk.application.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import tw.smartdesk.application.domain.Caller;

/** The caller of the current request, from the verified bearer token. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles());
    }
}
