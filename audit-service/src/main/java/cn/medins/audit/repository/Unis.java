package cn.medins.audit.repository;

import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Reactive steps over a list. */
public final class Unis {

    private Unis() {
    }

    /**
     * One after the other: a reactive session runs one statement at a time. Steps that finish at once (a persist
     * queues its insert until the flush) are taken in a loop, not by nesting one subscription in the next: a claim
     * with a hundred findings used to nest so deep that the event loop's stack overflowed and the step never ended.
     */
    public static <T> Uni<Void> sequentially(List<T> elements, Function<T, Uni<Void>> step) {
        return Multi.createFrom().iterable(elements)
                .onItem().transformToUniAndConcatenate(step::apply)
                .onItem().ignoreAsUni();
    }
}
