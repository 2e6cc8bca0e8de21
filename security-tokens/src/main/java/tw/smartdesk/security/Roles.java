package tw.smartdesk.security;

import java.util.List;

/** The roles a SmartDesk bearer token may carry in its {@code groups} claim. */
public final class Roles {

    /** A resident acting for themself. */
    public static final String CITIZEN = "citizen";
    /** A counter clerk of the Civil Service Center. */
    public static final String CLERK = "clerk";
    /** A phone-desk operator booking and applying on a caller's behalf. */
    public static final String OPERATOR = "operator";
    /** A Smart Desk locker kiosk (a device, not a person). */
    public static final String KIOSK = "kiosk";
    /** A county analyst reading KPIs and exports. */
    public static final String ANALYST = "analyst";
    /** An administrator of catalogue, sites and lockers. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(CITIZEN, CLERK, OPERATOR, KIOSK, ANALYST, ADMIN);

    /** The token issuer SmartDesk services accept unless configured otherwise. */
    public static final String DEFAULT_ISSUER = "urn:smartdesk";

    /** The audience ({@code aud}) SmartDesk services accept unless configured otherwise ({@code SMARTDESK_JWT_AUDIENCES}). */
    public static final String DEFAULT_AUDIENCE = "smartdesk";

    private Roles() {
    }
}
