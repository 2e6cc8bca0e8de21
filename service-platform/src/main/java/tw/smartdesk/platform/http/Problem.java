package tw.smartdesk.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param violations on 400, every rule the request broke
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(example = "urn:smartdesk:problem:validation") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        String detail,
        @Schema(example = "/applications") String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:smartdesk:problem:";

    /** One broken rule: the field (a JSON path such as {@code serviceCode}) and what is wrong. */
    public record Violation(String field, String message) {
    }
}
