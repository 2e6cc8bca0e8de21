package tw.smartdesk.reservation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.Period;

/**
 * The booking rules ({@code smartdesk.reservation.*}). The defaults are Taiwan's household-registration booking
 * rules: book 1 to 7 days ahead, one reservation per person per day, 3 no-shows within 6 months suspend remote
 * booking for 6 months, check-in from 15 minutes before the slot, more than 15 minutes late is a no-show.
 */
@ConfigMapping(prefix = "smartdesk.reservation")
public interface ReservationRules {

    /** The earliest day a slot may be booked, in days after today at the site (1: from tomorrow). */
    @WithDefault("1")
    @Min(0)
    @Max(30)
    int minDaysAhead();

    /** The latest day, in days after today at the site (7). */
    @WithDefault("7")
    @Min(1)
    @Max(90)
    int maxDaysAhead();

    /** How long before the slot's start a clerk may check the resident in (15 minutes). */
    @WithDefault("PT15M")
    Duration checkInOpensBefore();

    /** How late after the slot's start a resident may still check in; later is a no-show (15 minutes). */
    @WithDefault("PT15M")
    Duration lateGrace();

    /** No-shows within {@link #noShowWindow()} that suspend remote booking (3). */
    @WithDefault("3")
    @Positive
    int noShowLimit();

    /** The window the no-shows are counted in (6 months). */
    @WithDefault("P6M")
    Period noShowWindow();

    /** How long remote booking stays suspended after the no-show that reached the limit (6 months). */
    @WithDefault("P6M")
    Period suspension();

    /** Upcoming reservations one person may hold at once, all channels together (3). */
    @WithDefault("3")
    @Positive
    int maxUpcomingPerPerson();

    /** Upcoming phone reservations one caller phone number may hold at once, whoever they are for (3). */
    @WithDefault("3")
    @Positive
    int maxUpcomingPerPhone();

    /** Booking attempts (book, reschedule, join a waitlist) one person or phone number may make per hour (20). */
    @WithDefault("20")
    @Positive
    int bookingAttemptsPerHour();

    /** How long a freed place is held for the resident first on the waitlist (2 hours). */
    @WithDefault("PT2H")
    Duration offerHold();

    /** How long a citizen account's resolved person is reused before application-service is asked again (1 day). */
    @WithDefault("P1D")
    Duration personLinkTtl();

    /**
     * How long after its slot a phone reservation keeps the caller's number for the phone desk (30 days); then the
     * number is erased from the reservation and the waitlist.
     */
    @WithDefault("P30D")
    Duration callerPhoneKeptFor();

    /** How long this instance answers a slot it saw full with 409 at once, before reading it again (2 s). */
    @WithDefault("PT2S")
    Duration fullSlotMemory();

    /** How long a site's loaded calendar (hours, holidays, special days, counters) is reused (5 s). */
    @WithDefault("PT5S")
    Duration scheduleMemory();

    /** How often the no-show and offer jobs run ({@code 30s}; Quarkus scheduler syntax). */
    @WithDefault("30s")
    String jobsEvery();

    /** Rows the no-show and offer jobs handle per transaction (200). */
    @WithDefault("200")
    @Positive
    int jobBatchSize();
}
