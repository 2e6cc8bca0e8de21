package tw.smartdesk.events.contacts;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalTime;

/**
 * Daily period, in Asia/Taipei local time, when the resident wants no SMS or LINE message; it may
 * wrap midnight ({@code 22:00} to {@code 07:00}). Messages are held until it ends. On the wire as
 * {@code HH:mm}.
 */
public record QuietHours(
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime start,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime end) {
}
