package tw.smartdesk.events.locker;

/** Size class of a Smart Desk compartment; a document needs one of its size or larger. */
public enum CompartmentSize {
    /** Certificates, cards, a few sheets. */
    S,
    /** A4 envelopes and folders. */
    M,
    /** Thick files and parcels. */
    L
}
