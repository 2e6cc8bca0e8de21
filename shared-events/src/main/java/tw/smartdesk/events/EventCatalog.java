package tw.smartdesk.events;

import static tw.smartdesk.events.EventSources.APPLICATION_SERVICE;
import static tw.smartdesk.events.EventSources.NOTIFICATION_SERVICE;
import static tw.smartdesk.events.EventSources.PICKUP_LOCKER_SERVICE;
import static tw.smartdesk.events.EventSources.RESERVATION_SERVICE;
import static tw.smartdesk.events.Topic.APPLICANT_CONTACTS;
import static tw.smartdesk.events.Topic.APPLICATION_EVENTS;
import static tw.smartdesk.events.Topic.LOCKER_EVENTS;
import static tw.smartdesk.events.Topic.NOTIFICATION_EVENTS;
import static tw.smartdesk.events.Topic.NOTIFICATION_REQUESTS;
import static tw.smartdesk.events.Topic.RESERVATION_EVENTS;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.smartdesk.events.application.ApplicationAccepted;
import tw.smartdesk.events.application.ApplicationCancelled;
import tw.smartdesk.events.application.ApplicationCompleted;
import tw.smartdesk.events.application.ApplicationRejected;
import tw.smartdesk.events.application.ApplicationRejectedV2;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.events.application.DocumentReadyForPickup;
import tw.smartdesk.events.application.PickupMethodChanged;
import tw.smartdesk.events.application.SatisfactionRated;
import tw.smartdesk.events.application.SatisfactionRatedV2;
import tw.smartdesk.events.application.SupplementProvided;
import tw.smartdesk.events.application.SupplementRequested;
import tw.smartdesk.events.application.SupplementRequestedV2;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.events.contacts.FilingContactGiven;
import tw.smartdesk.events.locker.CompartmentAssigned;
import tw.smartdesk.events.locker.CompartmentLockedOut;
import tw.smartdesk.events.locker.CompartmentOutOfService;
import tw.smartdesk.events.locker.DocumentDeposited;
import tw.smartdesk.events.locker.DocumentPickedUp;
import tw.smartdesk.events.locker.DocumentRetrieved;
import tw.smartdesk.events.locker.LockerCapacityExhausted;
import tw.smartdesk.events.locker.PickupExpired;
import tw.smartdesk.events.locker.PickupReminderDue;
import tw.smartdesk.events.notification.NotificationDelivered;
import tw.smartdesk.events.notification.NotificationFailed;
import tw.smartdesk.events.notification.NotificationFailedV2;
import tw.smartdesk.events.notification.SendNotification;
import tw.smartdesk.events.notification.SendPickupCode;
import tw.smartdesk.events.reservation.PreparationRequested;
import tw.smartdesk.events.reservation.ReservationBooked;
import tw.smartdesk.events.reservation.ReservationCancelled;
import tw.smartdesk.events.reservation.ReservationCheckedIn;
import tw.smartdesk.events.reservation.ReservationCompleted;
import tw.smartdesk.events.reservation.ReservationNoShow;
import tw.smartdesk.events.reservation.ReservationRescheduled;
import tw.smartdesk.events.reservation.WaitlistOffered;

/**
 * Every event and command type SmartDesk emits, with its CloudEvents type, topic and source. A new
 * type or version is added here, with its JSON Schema, golden file and AsyncAPI message (see the
 * module README); the tests fail until all four are in step. When a type has a newer version, the older
 * one is <em>superseded</em>: consumers still read it (old events stay on the topics), producers may no
 * longer record it.
 */
public final class EventCatalog {

    private static final String APPLICATION = "tw.smartdesk.application.";
    private static final String RESERVATION = "tw.smartdesk.reservation.";
    private static final String LOCKER = "tw.smartdesk.locker.";
    private static final String NOTIFICATION = "tw.smartdesk.notification.";
    private static final String APPLICANT = "tw.smartdesk.applicant.";

    private static final List<EventType> TYPES = List.of(
            application(ApplicationSubmitted.class, "submitted.v1"),
            application(ApplicationAccepted.class, "accepted.v1"),
            application(SupplementRequested.class, "supplement_requested.v1"),
            application(SupplementProvided.class, "supplement_provided.v1"),
            application(ApplicationRejected.class, "rejected.v1"),
            application(ApplicationCancelled.class, "cancelled.v1"),
            application(DocumentReadyForPickup.class, "document_ready_for_pickup.v1"),
            application(PickupMethodChanged.class, "pickup_method_changed.v1"),
            application(ApplicationCompleted.class, "completed.v1"),
            application(SatisfactionRated.class, "satisfaction_rated.v1"),
            application(ApplicationSubmittedV2.class, "submitted.v2"),
            application(SupplementRequestedV2.class, "supplement_requested.v2"),
            application(ApplicationRejectedV2.class, "rejected.v2"),
            application(SatisfactionRatedV2.class, "satisfaction_rated.v2"),
            reservation(ReservationBooked.class, "booked.v1"),
            reservation(ReservationRescheduled.class, "rescheduled.v1"),
            reservation(ReservationCancelled.class, "cancelled.v1"),
            reservation(ReservationCheckedIn.class, "checked_in.v1"),
            reservation(ReservationNoShow.class, "no_show.v1"),
            reservation(ReservationCompleted.class, "completed.v1"),
            reservation(WaitlistOffered.class, "waitlist_offered.v1"),
            reservation(PreparationRequested.class, "preparation_requested.v1"),
            locker(CompartmentAssigned.class, "compartment_assigned.v1"),
            locker(LockerCapacityExhausted.class, "capacity_exhausted.v1"),
            locker(DocumentDeposited.class, "document_deposited.v1"),
            locker(PickupReminderDue.class, "pickup_reminder_due.v1"),
            locker(DocumentPickedUp.class, "document_picked_up.v1"),
            locker(PickupExpired.class, "pickup_expired.v1"),
            locker(CompartmentLockedOut.class, "compartment_locked_out.v1"),
            locker(DocumentRetrieved.class, "document_retrieved.v1"),
            locker(CompartmentOutOfService.class, "compartment_out_of_service.v1"),
            notification(NotificationDelivered.class, "delivered.v1"),
            notification(NotificationFailed.class, "failed.v1"),
            notification(NotificationFailedV2.class, "failed.v2"),
            new EventType(SendPickupCode.class, NOTIFICATION + "send_pickup_code.v1",
                    NOTIFICATION_REQUESTS, PICKUP_LOCKER_SERVICE),
            new EventType(SendNotification.class, NOTIFICATION + "send_notification.v1",
                    NOTIFICATION_REQUESTS, APPLICATION_SERVICE),
            new EventType(ApplicantContactUpdated.class, APPLICANT + "contact_updated.v1",
                    APPLICANT_CONTACTS, APPLICATION_SERVICE),
            new EventType(FilingContactGiven.class, APPLICANT + "filing_contact_given.v1",
                    APPLICANT_CONTACTS, APPLICATION_SERVICE));

    private static final Map<Class<?>, EventType> BY_CLASS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::eventClass, Function.identity()));
    private static final Map<String, EventType> BY_CE_TYPE =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

    private static final Map<String, Integer> LATEST_VERSION = TYPES.stream().collect(Collectors.toUnmodifiableMap(
            EventCatalog::unversioned, EventType::version, Math::max));

    private EventCatalog() {
    }

    /** True when the catalogue holds a newer version of the same event: readable, no longer produced. */
    public static boolean superseded(EventType type) {
        return LATEST_VERSION.get(unversioned(type)) > type.version();
    }

    /** The types producers may record: the latest version of each event, in catalogue order. */
    public static List<EventType> current() {
        return TYPES.stream().filter(type -> !superseded(type)).toList();
    }

    private static String unversioned(EventType type) {
        return type.ceType().substring(0, type.ceType().lastIndexOf(".v"));
    }

    public static List<EventType> all() {
        return TYPES;
    }

    /** The types published to one topic, in catalogue order. */
    public static List<EventType> onTopic(Topic topic) {
        return TYPES.stream().filter(type -> type.topic() == topic).toList();
    }

    public static EventType of(Class<? extends SmartDeskEvent> eventClass) {
        EventType type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not in the event catalogue");
        }
        return type;
    }

    public static EventType byCeType(String ceType) {
        EventType type = BY_CE_TYPE.get(ceType);
        if (type == null) {
            throw new MalformedEventException("Unknown event type " + ceType);
        }
        return type;
    }

    private static EventType application(Class<? extends SmartDeskEvent> eventClass, String event) {
        return new EventType(eventClass, APPLICATION + event, APPLICATION_EVENTS, APPLICATION_SERVICE);
    }

    private static EventType reservation(Class<? extends SmartDeskEvent> eventClass, String event) {
        return new EventType(eventClass, RESERVATION + event, RESERVATION_EVENTS, RESERVATION_SERVICE);
    }

    private static EventType locker(Class<? extends SmartDeskEvent> eventClass, String event) {
        return new EventType(eventClass, LOCKER + event, LOCKER_EVENTS, PICKUP_LOCKER_SERVICE);
    }

    private static EventType notification(Class<? extends SmartDeskEvent> eventClass, String event) {
        return new EventType(eventClass, NOTIFICATION + event, NOTIFICATION_EVENTS, NOTIFICATION_SERVICE);
    }
}
