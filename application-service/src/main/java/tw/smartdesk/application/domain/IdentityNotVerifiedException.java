package tw.smartdesk.application.domain;

import tw.smartdesk.platform.http.ProblemException;

/**
 * A citizen token without the verified identity claim where the person behind it must be known (resolving them for a
 * booking): 403 {@code identity-not-verified}. Knowing an ID number proves nothing, so nothing else can stand in for it.
 */
public class IdentityNotVerifiedException extends ProblemException {

    public static final String TYPE = "identity-not-verified";

    public IdentityNotVerifiedException() {
        super(403, TYPE, "Identity not verified",
                "Log in with your citizen digital certificate or mobile ID, or call the phone desk", null, null);
    }
}
