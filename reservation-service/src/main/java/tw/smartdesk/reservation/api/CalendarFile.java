package tw.smartdesk.reservation.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tw.smartdesk.reservation.domain.Reservation;
import tw.smartdesk.reservation.domain.ReservationStatus;

/**
 * A reservation as an iCalendar file (RFC 5545) that Google Calendar, Apple Calendar and Outlook open: one event in
 * UTC with the site's name and address, a reminder an hour before, and CANCELLED once it is. Lines end in CRLF and
 * are folded at 75 octets; text values are escaped.
 */
public final class CalendarFile {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    /** The site as the file names it: its name and address in Chinese and English. */
    public record Place(String nameZh, String nameEn, String addressZh, String addressEn, String phone) {
    }

    public static String of(Reservation reservation, Place place, Instant now) {
        StringBuilder file = new StringBuilder();
        line(file, "BEGIN:VCALENDAR");
        line(file, "VERSION:2.0");
        line(file, "PRODID:-//Taitung County Civil Service Center//SmartDesk reservations//EN");
        line(file, "CALSCALE:GREGORIAN");
        line(file, "METHOD:PUBLISH");
        line(file, "BEGIN:VEVENT");
        line(file, "UID:" + reservation.id() + "@smartdesk.taitung.gov.tw");
        line(file, "DTSTAMP:" + UTC.format(now));
        line(file, "DTSTART:" + UTC.format(reservation.slotStart()));
        line(file, "DTEND:" + UTC.format(reservation.slotEnd()));
        String purpose = switch (reservation.purpose()) {
            case APPLY -> "臨櫃申辦 Counter visit";
            case PICKUP -> "領件 Document pickup";
        };
        line(file, "SUMMARY:" + text(purpose + " - " + place.nameZh() + " " + place.nameEn()));
        line(file, "LOCATION:" + text(place.addressZh() + " / " + place.addressEn()));
        line(file, "DESCRIPTION:" + text("預約編號 Reservation " + reservation.id() + "\n" + "櫃檯 Counter "
                + reservation.counterCode() + "\n" + "服務 Services: " + String.join(", ", reservation.serviceCodes())
                + "\n" + "請於預約時段前15分鐘內報到 Check in up to 15 minutes before your slot.\n" + "電話 Phone " + place.phone()));
        line(file, "STATUS:" + (reservation.status() == ReservationStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(file, "BEGIN:VALARM");
        line(file, "ACTION:DISPLAY");
        line(file, "DESCRIPTION:" + text(purpose));
        line(file, "TRIGGER:-PT1H");
        line(file, "END:VALARM");
        line(file, "END:VEVENT");
        line(file, "END:VCALENDAR");
        return file.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets (never inside a UTF-8 character). */
    static void line(StringBuilder file, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                file.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            file.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        file.append("\r\n");
    }
}
