package tw.smartdesk.platform.inbox;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import java.util.function.Supplier;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * What a consumer does with each event: the effect to apply once, or {@code null} for an event the
 * consumer ignores (acknowledged without touching the database). The effect is a supplier because
 * {@link Inbox} calls it inside a fresh transaction on every attempt.
 *
 * <pre>{@code
 * EventHandler.on(DocumentPickedUp.class, pickup::completeOnPickup)
 *         .or(PickupExpired.class, expired -> pickup.switchToCounter(expired));
 * }</pre>
 */
@FunctionalInterface
public interface EventHandler {

    /** The effect of {@code event}, or null when this consumer ignores it. */
    Supplier<Uni<Void>> effectOf(SmartDeskEvent event);

    /** A handler of the events of one type; every other event is ignored. */
    static <E extends SmartDeskEvent> EventHandler on(Class<E> type, Function<? super E, Uni<Void>> effect) {
        return event -> type.isInstance(event) ? () -> effect.apply(type.cast(event)) : null;
    }

    /** This handler, and for the events it ignores, {@code effect} on those of {@code type}. */
    default <E extends SmartDeskEvent> EventHandler or(Class<E> type, Function<? super E, Uni<Void>> effect) {
        EventHandler next = on(type, effect);
        return event -> {
            Supplier<Uni<Void>> mine = effectOf(event);
            return mine != null ? mine : next.effectOf(event);
        };
    }
}
