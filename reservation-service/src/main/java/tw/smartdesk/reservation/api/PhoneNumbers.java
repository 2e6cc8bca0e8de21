package tw.smartdesk.reservation.api;

/**
 * Phone numbers as the phone desk takes them: a Taiwanese number (mobile or landline) or an international one, kept
 * and searched in one form (E.164: 0912345678 is +886912345678), so that the limits per number and the search see
 * one number however it was typed.
 */
public final class PhoneNumbers {

    public static final String FORMAT = "0[0-9]{8,9}|\\+[1-9][0-9]{7,14}";
    public static final String MESSAGE = "must be a phone number such as 0912345678, 089347550 or +886912345678";

    private PhoneNumbers() {
    }

    /** The number in E.164 form; null stays null. Takes a number that matches {@link #FORMAT}. */
    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        return number.startsWith("0") ? "+886" + number.substring(1) : number;
    }
}
