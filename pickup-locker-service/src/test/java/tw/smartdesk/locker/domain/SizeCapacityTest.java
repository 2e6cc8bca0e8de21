package tw.smartdesk.locker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.locker.CompartmentSize;

class SizeCapacityTest {

    @Test
    void everySizeIsListedSmallestFirstAndMissingSizesCountZero() {
        List<SizeCapacity> counted = List.of(new SizeCapacity(CompartmentSize.L, 2, 1),
                new SizeCapacity(CompartmentSize.S, 10, 7));

        assertThat(SizeCapacity.everySize(counted, true)).containsExactly(
                new SizeCapacity(CompartmentSize.S, 10, 7),
                new SizeCapacity(CompartmentSize.M, 0, 0),
                new SizeCapacity(CompartmentSize.L, 2, 1));
    }

    @Test
    void aLockerOutOfServiceKeepsItsTotalsButOffersNothing() {
        List<SizeCapacity> counted = List.of(new SizeCapacity(CompartmentSize.M, 4, 4));

        assertThat(SizeCapacity.everySize(counted, false)).containsExactly(
                new SizeCapacity(CompartmentSize.S, 0, 0),
                new SizeCapacity(CompartmentSize.M, 4, 0),
                new SizeCapacity(CompartmentSize.L, 0, 0));
    }

    @Test
    void moreFreeThanThereAreIsRefused() {
        assertThatThrownBy(() -> new SizeCapacity(CompartmentSize.S, 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SizeCapacity(CompartmentSize.S, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
