package tw.smartdesk.application.domain;

/** How personal data appears in responses: enough to recognise, never the whole value. */
public final class Masking {

    private Masking() {
    }

    /**
     * The first letter and the last two digits of an ID number: {@code A*******89}. The seven hidden characters
     * leave at least 100,000 valid numbers behind a mask, even to someone who knows the holder's sex (the second
     * character) and uses the shown check digit ({@code NationalIdsTest}); showing three and three, as before,
     * left about 1,000.
     */
    public static String nationalId(String raw) {
        String id = NationalIds.normalise(raw);
        if (id == null) {
            return null;
        }
        if (id.length() != NationalIds.LENGTH) {
            return "*".repeat(id.length());
        }
        return id.charAt(0) + "*".repeat(NationalIds.LENGTH - 3) + id.substring(NationalIds.LENGTH - 2);
    }

    /** The first and last character of a name with the rest starred: {@code 王*明}, {@code 陳*}. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int[] characters = name.strip().codePoints().toArray();
        if (characters.length <= 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(characters[0]);
        masked.append("*".repeat(Math.max(1, characters.length - 2)));
        if (characters.length > 2) {
            masked.appendCodePoint(characters[characters.length - 1]);
        }
        return masked.toString();
    }
}
