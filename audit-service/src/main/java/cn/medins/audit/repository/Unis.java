package cn.medins.audit.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Reactive steps over a list. */
public final class Unis {

    private Unis() {
    }

    /** PostgreSQL takes at most 65,535 bind parameters in a statement; a poll's codes or persons may come near. */
    static final int MAX_IN_LIST = 1_000;

    /** A query over many keys, asked {@link #MAX_IN_LIST} keys at a time; the results of all the asks together. */
    public static <K, R> Uni<List<R>> inChunks(Collection<K> keys, Function<List<K>, Uni<List<R>>> query) {
        List<R> found = new ArrayList<>();
        return sequentially(chunksOf(List.copyOf(keys), MAX_IN_LIST),
                chunk -> query.apply(chunk).invoke(found::addAll).replaceWithVoid())
                .replaceWith(found);
    }

    static <T> List<List<T>> chunksOf(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /**
     * One after the other: a reactive session runs one statement at a time. Steps that finish at once (a persist
     * queues its insert until the flush) are taken in a loop, not by nesting one subscription in the next: nested, a
     * hundred flags overflow a service's 512 KB stack on the event loop, and the step then never ends.
     */
    public static <T> Uni<Void> sequentially(List<T> elements, Function<T, Uni<Void>> step) {
        return Multi.createFrom().iterable(elements)
                .onItem().transformToUniAndConcatenate(step::apply)
                .onItem().ignoreAsUni();
    }
}
