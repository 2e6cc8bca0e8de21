package tw.smartdesk.locker.domain;

import tw.smartdesk.platform.http.ProblemException;

/** The site has no Smart Desk here: unknown to this service, or without lockers (404). */
public class NoLockersAtSite extends ProblemException {

    public NoLockersAtSite(String siteId) {
        super(404, "not-found", "Site not found", "No Smart Desk lockers at site " + siteId, null, null);
    }
}
