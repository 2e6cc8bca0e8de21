package tw.smartdesk.application.domain;

import java.util.Set;
import tw.smartdesk.security.Roles;

/** Who is calling: the token's subject and the SmartDesk roles it holds. */
public record Caller(String subject, Set<String> roles) {

    private static final Set<String> STAFF = Set.of(Roles.CLERK, Roles.OPERATOR, Roles.ADMIN);

    public boolean isStaff() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether this caller may see an application owned by {@code ownerSubject}. */
    public boolean maySee(String ownerSubject) {
        return isStaff() || subject.equals(ownerSubject);
    }
}
