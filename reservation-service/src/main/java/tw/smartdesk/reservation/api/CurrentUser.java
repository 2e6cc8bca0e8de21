package tw.smartdesk.reservation.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.reservation.BookingChannel;
import tw.smartdesk.reservation.config.IdentityClaim;
import tw.smartdesk.security.Roles;

/** The caller of the current request, from the verified bearer token: subject, role and the raw token to forward. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final String verifiedIdClaim;

    CurrentUser(SecurityIdentity identity, JsonWebToken token, IdentityClaim claim) {
        this.identity = identity;
        this.token = token;
        this.verifiedIdClaim = claim.verifiedIdClaim(); // a mapping read once, not a config look-up per request
    }

    /**
     * A digest of the token's verified identity claim (the claim application-service reads, same setting): the login
     * as a person, which the cached account → person pair is kept under. Empty for a login without the claim, which
     * only application-service may judge (it answers 403 identity-not-verified).
     */
    public Optional<String> verifiedLogin() {
        Object claim = token.getClaim(verifiedIdClaim);
        if (claim == null || claim.toString().isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(claim.toString().getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String subject() {
        return token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
    }

    /** The token as received, forwarded to application-service so that it verifies the user itself (ADR 0011). */
    public String rawToken() {
        return token.getRawToken();
    }

    public boolean isCitizen() {
        return role() == ActorRole.CITIZEN;
    }

    /** Staff who may see and change any reservation: operators, clerks and admins. */
    public boolean isStaff() {
        return role() == ActorRole.OPERATOR || role() == ActorRole.CLERK || role() == ActorRole.ADMIN;
    }

    /** The role this request acts in; staff roles win over citizen when a token carries both. */
    public ActorRole role() {
        if (identity.hasRole(Roles.ADMIN)) {
            return ActorRole.ADMIN;
        }
        if (identity.hasRole(Roles.CLERK)) {
            return ActorRole.CLERK;
        }
        if (identity.hasRole(Roles.OPERATOR)) {
            return ActorRole.OPERATOR;
        }
        if (identity.hasRole(Roles.KIOSK)) {
            return ActorRole.KIOSK;
        }
        return ActorRole.CITIZEN;
    }

    /** The channel a booking by this user is made on: the citizen's choice (ONLINE by default), PHONE, or COUNTER. */
    public BookingChannel channel(BookingChannel asked) {
        return switch (role()) {
            case OPERATOR -> BookingChannel.PHONE;
            case CLERK, ADMIN -> BookingChannel.COUNTER;
            default -> asked == BookingChannel.MOBILE ? BookingChannel.MOBILE : BookingChannel.ONLINE;
        };
    }
}
