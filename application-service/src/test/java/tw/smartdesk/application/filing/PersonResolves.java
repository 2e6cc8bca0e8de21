package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import tw.smartdesk.testsupport.TestTokens;

/** Calls of {@code POST /internal/persons/resolve} as reservation-service makes them, with its end user's token. */
final class PersonResolves {

    private PersonResolves() {
    }

    /** The resident's own verified login ({@link VerifiedTokens}) on the account {@code subject}, body {@code {}}. */
    static ValidatableResponse asVerified(String subject, Resident resident) {
        return post(VerifiedTokens.bearer(subject, resident.nationalId()), Map.of());
    }

    /** A fresh member of staff in {@code role}, naming the caller by ID number and birth date. */
    static ValidatableResponse asStaff(String role, String nationalId, LocalDate birthDate) {
        return post(TestTokens.bearer(role + "-" + UUID.randomUUID(), role),
                Map.of("nationalId", nationalId, "birthDate", birthDate.toString()));
    }

    /** {@code authorization} null sends no token. */
    static ValidatableResponse post(String authorization, Object body) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().post("/internal/persons/resolve").then();
    }
}
