package tw.smartdesk.application.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person's pseudonymous reference, for another SmartDesk service's rules per person (ADR 0011). */
@Schema(name = "PersonResolution")
public record PersonResolution(
        @Schema(example = "APL-3f9a0c1b2d4e5f60718293a4", description = "The person's random pseudonym, the same"
                + " whichever channel or token resolves them; a new one after their erasure") String applicantRef,
        @Schema(example = "false", description = "true when this call registered the person (they were unknown)")
        boolean registered) {
}
