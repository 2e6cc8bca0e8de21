package tw.smartdesk.application.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * Every list endpoint bounds its paging: {@code GET /applications?page=999999999} answered 500 ("First result
 * cannot be negative") because page * size overflowed an int; a page or size that is out of range, too large
 * for a number or not a number at all is a 400 naming the parameter.
 */
@QuarkusTest
class PagingBoundsTest {

    /** The list endpoints (the clerk work queue, a resident's own list, the catalogue) with a caller allowed to read each. */
    static Stream<Arguments> lists() {
        return Stream.of(Arguments.of("/applications", Roles.CLERK), Arguments.of("/applications/mine", Roles.CITIZEN),
                Arguments.of("/services", Roles.CITIZEN));
    }

    static Stream<Arguments> badPages() {
        return lists().flatMap(list -> Stream.of("999999999", "10001", "-1", "2147483648", "99999999999999999999999",
                "abc", "1.5").map(page -> Arguments.of(list.get()[0], list.get()[1], page)));
    }

    static Stream<Arguments> badSizes() {
        return lists().flatMap(list -> Stream.of("0", "101", "10000", "-3", "9223372036854775808", "twenty")
                .map(size -> Arguments.of(list.get()[0], list.get()[1], size)));
    }

    private static RequestSpecification caller(String role) {
        return given().header("Authorization", TestTokens.bearer("paging-" + role, role));
    }

    @ParameterizedTest(name = "{0} page={2}")
    @MethodSource("badPages")
    void aPageOutOfRangeIs400NamingPage(String path, String role, String page) {
        caller(role).queryParam("page", page).when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:validation"), "violations.field", contains("page"));
    }

    @ParameterizedTest(name = "{0} size={2}")
    @MethodSource("badSizes")
    void aSizeOutOfRangeIs400NamingSize(String path, String role, String size) {
        caller(role).queryParam("size", size).when().get(path)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void theDeepestPageOfTheLargestSizeIsAnEmptyPage(String path, String role) {
        caller(role).queryParam("page", "10000").queryParam("size", "100").when().get(path)
                .then().statusCode(200).body("page", equalTo(10000), "size", equalTo(100), "items.size()", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aSortOutsideTheClosedListIs400NamingSort(String path, String role) {
        caller(role).queryParam("sort", "applicantRef,asc").when().get(path)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("sort"));
    }
}
