package tw.smartdesk.locker.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.smartdesk.events.locker.CompartmentSize;

/**
 * How many compartments of one size a locker has, and how many of them are free to assign.
 *
 * @param free compartments that can take a document now; never more than {@code total}
 */
public record SizeCapacity(CompartmentSize size, long total, long free) {

    public SizeCapacity {
        if (total < 0 || free < 0 || free > total) {
            throw new IllegalArgumentException("Inconsistent capacity of " + size + ": " + free + " free of " + total);
        }
    }

    /**
     * One entry per size, smallest first, so clients never have to guess a missing size: sizes the
     * locker lacks count zero, and a locker out of service offers nothing free.
     */
    public static List<SizeCapacity> everySize(List<SizeCapacity> counted, boolean inService) {
        Map<CompartmentSize, SizeCapacity> bySize = counted.stream()
                .collect(Collectors.toMap(SizeCapacity::size, Function.identity()));
        return Arrays.stream(CompartmentSize.values())
                .map(size -> {
                    SizeCapacity found = bySize.getOrDefault(size, new SizeCapacity(size, 0, 0));
                    return inService ? found : new SizeCapacity(size, found.total(), 0);
                })
                .toList();
    }
}
