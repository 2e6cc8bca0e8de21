package tw.smartdesk.platform.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the platform's limits on every write operation of every service (POST, PUT, PATCH, DELETE),
 * where {@link BodySizeLimit} and {@link WriteRateLimitFilter} apply them: 413 when the body is too large,
 * 429 with {@code Retry-After} when the caller writes too often, 503 with {@code Retry-After} when too many writes
 * wait for a transaction ({@code TransactionSlots}, on the writes that go through {@link IdempotentRequests}). An
 * operation that documents its own 413, 429 or 503 keeps it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class LimitResponsesFilter implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : pathItem.getOperations().entrySet()) {
            if (entry.getKey() != PathItem.HttpMethod.GET && entry.getKey() != PathItem.HttpMethod.HEAD
                    && entry.getKey() != PathItem.HttpMethod.OPTIONS && entry.getValue().getResponses() != null) {
                addLimits(entry.getValue().getResponses());
            }
        }
        return pathItem;
    }

    private static void addLimits(APIResponses responses) {
        if (!responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", problem("Request body over the size limit (payload-too-large)"));
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", problem("Too many writes by this caller (too-many-requests); retry after Retry-After seconds")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before writing again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", problem("Too many writes waiting for a database transaction (service-busy),"
                    + " where the operation waits for one; retry after Retry-After seconds")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before writing again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
