package tw.smartdesk.events.application;

/** Whether the applicant lives in the county: the center serves residents of other counties too. */
public enum Residency {
    IN_COUNTY,
    OUT_OF_COUNTY
}
