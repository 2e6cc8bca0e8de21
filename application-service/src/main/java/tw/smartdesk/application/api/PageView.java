package tw.smartdesk.application.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list endpoint; every list of this service has this shape.
 *
 * @param items the entries of this page
 * @param page 0-based page number
 * @param size requested page size (1 to 100)
 * @param total number of entries over all pages
 */
@Schema(name = "Page")
public record PageView<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "42") long total) {

    /** The same page with every item mapped. */
    public <R> PageView<R> map(Function<? super T, ? extends R> mapper) {
        return new PageView<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
