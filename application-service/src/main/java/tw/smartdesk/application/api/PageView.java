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
 * @param total number of entries over all pages; when {@code totalExact} is false, a lower bound (the count stopped there)
 * @param totalExact whether {@code total} is the exact count (a list that can grow large, the work queue, stops counting
 *        at a limit instead of counting every row on every request)
 */
@Schema(name = "Page")
public record PageView<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "42") long total, @Schema(example = "true") boolean totalExact) {

    /** A page whose total is the exact count. */
    public PageView(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    /**
     * A page whose total was counted over at most {@code limit + 1} rows: up to {@code limit} it is the count, past it
     * the total says {@code limit} and is a lower bound.
     */
    public static <T> PageView<T> countedUpTo(List<T> items, int page, int size, long counted, long limit) {
        return new PageView<>(items, page, size, Math.min(counted, limit), counted <= limit);
    }

    /** The same page with every item mapped. */
    public <R> PageView<R> map(Function<? super T, ? extends R> mapper) {
        return new PageView<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact);
    }
}
