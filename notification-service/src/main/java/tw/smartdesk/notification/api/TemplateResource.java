package tw.smartdesk.notification.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.notification.domain.Locales;
import tw.smartdesk.notification.service.TemplateCatalog;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

@Path("/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates", description = "The texts of the messages residents receive, per language")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.ADMIN, Roles.CLERK})
public class TemplateResource {

    private static final String LOCALES = "zh-TW|en";
    private static final String LOCALE_MESSAGE = "must be zh-TW or en";

    private final TemplateCatalog catalog;

    TemplateResource(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Every template in one language, ordered by key")
    @APIResponse(responseCode = "200", description = "The templates",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TemplateView.class)))
    @APIResponse(responseCode = "400", description = "Unsupported locale", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin or clerk", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<TemplateView>> list(
            @Parameter(description = "BCP 47 tag; zh-TW by default", example = "zh-TW")
            @QueryParam("locale") @DefaultValue("zh-TW") @Pattern(regexp = LOCALES, message = LOCALE_MESSAGE) String locale) {
        return catalog.inLocale(localeOf(locale));
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One template in one language")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "400", description = "Unsupported locale", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin or clerk", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No template with this key in this language", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TemplateView> get(
            @Parameter(description = "Template key, as events name it", example = "pickup-code") @PathParam("key") String key,
            @Parameter(description = "BCP 47 tag; zh-TW by default", example = "en")
            @QueryParam("locale") @DefaultValue("zh-TW") @Pattern(regexp = LOCALES, message = LOCALE_MESSAGE) String locale) {
        return catalog.get(key, localeOf(locale));
    }

    /** Only called after validation, so the tag is one of {@link #LOCALES}. */
    private static ContactLocale localeOf(String tag) {
        return Locales.fromTag(tag).orElse(Locales.DEFAULT);
    }
}
