package tw.smartdesk.application.domain;

import java.util.List;
import java.util.Set;
import tw.smartdesk.security.Roles;

/**
 * Who is calling: the token's subject, the SmartDesk roles it holds and, when the county's identity
 * provider verified the person (citizen digital certificate or mobile ID login), the keyed hashes of their
 * ID number ({@code verifiedIdHashes}: under the current hash key first, then under the ring's older keys
 * when the claim holds the number itself; empty otherwise), comparable with {@code applicant.id_hash}.
 */
public record Caller(String subject, Set<String> roles, List<String> verifiedIdHashes) {

    private static final Set<String> STAFF = Set.of(Roles.CLERK, Roles.OPERATOR, Roles.ADMIN);

    /** A caller without a verified identity. */
    public Caller(String subject, Set<String> roles) {
        this(subject, roles, List.of());
    }

    public Caller {
        verifiedIdHashes = verifiedIdHashes == null ? List.of() : List.copyOf(verifiedIdHashes);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether the identity provider verified this caller as the person whose ID number hashes to {@code idHash}. */
    public boolean isVerifiedAs(String idHash) {
        return verifiedIdHashes.contains(idHash);
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
