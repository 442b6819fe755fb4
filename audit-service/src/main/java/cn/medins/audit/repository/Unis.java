package cn.medins.audit.repository;

import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/** Reactive steps over a list. */
public final class Unis {

    private Unis() {
    }

    /** One after the other: a reactive session runs one statement at a time. */
    public static <T> Uni<Void> sequentially(List<T> elements, Function<T, Uni<Void>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T element : elements) {
            chain = chain.chain(() -> step.apply(element));
        }
        return chain;
    }
}
