package tw.smartdesk.locker.domain;

/** Whether a locker bank takes documents at all. */
public enum LockerStatus {
    IN_SERVICE,
    /** Faulty or under maintenance: none of its compartments is offered. */
    OUT_OF_SERVICE
}
