package tw.smartdesk.events.contacts;

import java.time.LocalTime;

/**
 * Daily period, in Asia/Taipei local time, when the resident wants no SMS or LINE message; it may
 * wrap midnight ({@code 22:00} to {@code 07:00}). Messages are held until it ends.
 */
public record QuietHours(LocalTime start, LocalTime end) {
}
