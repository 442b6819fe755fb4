package cn.medins.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.smallrye.mutiny.Uni;

/** Runs work on a thread with the stack the services give their threads (-Xss512k), where deep nesting overflows. */
public final class ServiceStack {

    private static final long SIZE = 512 * 1024;

    private ServiceStack() {
    }

    /** Subscribes to the steps on such a thread and waits for them; a stack overflow fails it as any other failure. */
    public static void await(Uni<Void> steps) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread caller = new Thread(null, () -> {
            try {
                steps.subscribe().with(done::complete, done::completeExceptionally);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        }, "service-sized-stack", SIZE);
        caller.start();
        done.get(10, TimeUnit.SECONDS);
    }
}
