package tw.smartdesk.events.locker;

/** Why a compartment cannot be used. */
public enum OutOfServiceReason {
    DOOR_FAULT,
    LOCK_FAULT,
    SENSOR_FAULT,
    DAMAGED,
    POWER_FAILURE,
    MAINTENANCE
}
