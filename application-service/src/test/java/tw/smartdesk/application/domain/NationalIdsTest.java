package tw.smartdesk.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples worked by hand from the published check-digit rule (A123456789 and A800000014 are the textbook ones). */
class NationalIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"A123456789", "B212345670", "M111111113", "Y276543212", "K120000006",
        "I123456781", "O234567896", "W187654323", "Z200000013"})
    void validNationalIdsAreAccepted(String id) {
        assertThat(NationalIds.kindOf(id)).contains(IdNumberKind.NATIONAL_ID);
        assertThat(NationalIds.problem(id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A800000014", "I912345675", "O811122239", "W900000007", "Z899999994"})
    void validResidentCertificatesOfTheNewFormatAreAccepted(String id) {
        assertThat(NationalIds.kindOf(id)).contains(IdNumberKind.RESIDENT_CERTIFICATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AC01234567", "FA12345689", "IA12345677", "OB76543214", "WC00000003", "ZD13579136", "KB23456788"})
    void validResidentCertificatesOfTheOldFormatAreAccepted(String id) {
        assertThat(NationalIds.kindOf(id)).contains(IdNumberKind.OLD_RESIDENT_CERTIFICATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A123456788", "B212345671", "A800000015", "I912345670", "AC01234568", "ZD13579130"})
    void aWrongCheckDigitIsRefusedInEveryFormat(String id) {
        assertThat(NationalIds.isValid(id)).isFalse();
        assertThat(NationalIds.problem(id)).contains("check digit does not match");
    }

    /** I and Z are out of alphabetical order (I=34, Z=33): numbers built with the naive table must fail. */
    @ParameterizedTest
    @ValueSource(strings = {"I123456787", "Z200000015"})
    void theIrregularLettersUseTheirOwnAreaNumbers(String builtWithANaiveTable) {
        assertThat(NationalIds.isValid(builtWithANaiveTable)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A323456789", "A023456789", "AE12345678", "1A23456789", "A12345678", "A1234567890",
        "AA1234567X", "A12345678Ä", "12345678", "a 123456789"})
    void wrongShapesAreRefusedWithTheFormatsNamed(String id) {
        assertThat(NationalIds.isValid(id)).isFalse();
        assertThat(NationalIds.problem(id)).hasValueSatisfying(problem -> assertThat(problem).contains("A123456789", "AC01234567"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anAbsentNumberIsRequired(String id) {
        assertThat(NationalIds.problem(id)).contains("required");
    }

    @Test
    void numbersAreTrimmedAndUpperCasedBeforeTheyAreChecked() {
        assertThat(NationalIds.normalise("  a123456789 ")).isEqualTo("A123456789");
        assertThat(NationalIds.kindOf(" ac01234567")).contains(IdNumberKind.OLD_RESIDENT_CERTIFICATE);
    }

    @ParameterizedTest
    @CsvSource({"A123456789, A*******89", "a800000014 , A*******14", "AC01234567, A*******67"})
    void masksShowTheFirstLetterAndTheLastTwoDigits(String id, String masked) {
        assertThat(Masking.nationalId(id)).isEqualTo(masked);
    }

    /**
     * Someone who sees a mask and knows the holder's sex (the second digit) and the rules of the check digit
     * still has at least 100,000 valid numbers to choose from.
     */
    @ParameterizedTest
    @CsvSource({"A123456789", "F231457806", "A800000014"})
    void aMaskLeavesAtLeastOneHundredThousandCandidates(String id) {
        String masked = Masking.nationalId(id);
        int candidates = 0;
        for (int hidden = 0; hidden < 1_000_000; hidden++) {
            String candidate = id.substring(0, 2) + String.format("%06d", hidden) + id.substring(8);
            if (NationalIds.isValid(candidate) && Masking.nationalId(candidate).equals(masked)) {
                candidates++;
            }
        }
        assertThat(candidates).isGreaterThanOrEqualTo(100_000);
    }

    @ParameterizedTest
    @CsvSource({"王小明, 王*明", "歐陽娜娜, 歐**娜", "陳明, 陳*", "林, *", "Jane Doe, J******e"})
    void namesAreMaskedButForTheFirstAndLastCharacter(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }
}
