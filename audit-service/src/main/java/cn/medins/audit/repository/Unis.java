package cn.medins.audit.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import cn.medins.reactive.InTurn;
import io.smallrye.mutiny.Uni;

/** Queries and statements over more keys or rows than one statement takes. */
public final class Unis {

    private Unis() {
    }

    /** PostgreSQL takes at most 65,535 bind parameters in a statement; a poll's codes or persons may come near. */
    static final int MAX_IN_LIST = 1_000;

    /** A query over many keys, asked {@link #MAX_IN_LIST} keys at a time; the results of all the asks together. */
    public static <K, R> Uni<List<R>> inChunks(Collection<K> keys, Function<List<K>, Uni<List<R>>> query) {
        List<R> found = new ArrayList<>();
        return InTurn.each(chunksOf(List.copyOf(keys), MAX_IN_LIST),
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
}
