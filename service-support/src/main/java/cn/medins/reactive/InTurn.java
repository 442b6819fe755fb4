package cn.medins.reactive;

import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Reactive steps over a list, one after the other: a reactive session runs one statement at a time. */
public final class InTurn {

    private InTurn() {
    }

    /**
     * Runs {@code step} for each element, each once the one before has finished; the first failure ends the run. Steps
     * that finish at once (a persist queues its insert until the flush) are taken in a loop, not by nesting one
     * subscription in the next: nested, a hundred of them overflow a service's 512 KB stack on the event loop, and the
     * step then never ends.
     */
    public static <T> Uni<Void> each(List<T> elements, Function<T, Uni<Void>> step) {
        return Multi.createFrom().iterable(elements)
                .onItem().transformToUniAndConcatenate(step::apply)
                .onItem().ignoreAsUni();
    }
}
