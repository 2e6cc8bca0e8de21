package tw.smartdesk.application.domain;

import java.util.Set;
import tw.smartdesk.security.Roles;

/**
 * Who is calling: the token's subject, the SmartDesk roles it holds and, when the county's identity
 * provider verified the person (citizen digital certificate or mobile ID login), the keyed hash of their
 * ID number ({@code verifiedIdHash}, null otherwise), comparable with {@code applicant.id_hash}.
 */
public record Caller(String subject, Set<String> roles, String verifiedIdHash) {

    private static final Set<String> STAFF = Set.of(Roles.CLERK, Roles.OPERATOR, Roles.ADMIN);

    /** A caller without a verified identity. */
    public Caller(String subject, Set<String> roles) {
        this(subject, roles, null);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether the identity provider verified this caller as the person whose ID number hashes to {@code idHash}. */
    public boolean isVerifiedAs(String idHash) {
        return verifiedIdHash != null && verifiedIdHash.equals(idHash);
    }

    /**
     * Whether this caller may see an application filed by {@code ownerSubject} without a link: staff, and
     * the account that filed it. Applications of applicants linked to the account are checked by
     * {@code AccountLinks}.
     */
    public boolean maySee(String ownerSubject) {
        return isStaff() || subject.equals(ownerSubject);
    }
}
