package tw.smartdesk.reservation.api;

/** Phone numbers as the phone desk takes them: a Taiwanese number (mobile or landline) or an international one. */
public final class PhoneNumbers {

    public static final String FORMAT = "0[0-9]{8,9}|\\+[1-9][0-9]{7,14}";
    public static final String MESSAGE = "must be a phone number such as 0912345678, 089347550 or +886912345678";

    private PhoneNumbers() {
    }
}
