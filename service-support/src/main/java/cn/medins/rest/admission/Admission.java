package cn.medins.rest.admission;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import cn.medins.rest.Problem;
import cn.medins.rest.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Admission control for the service's HTTP work, and the shield that keeps a caller's impatience out of the database.
 *
 * <p>When a client closes its connection, the REST layer cancels the {@code Uni} of the request. Cancelling a
 * Hibernate Reactive session in the middle of a transaction closes its connection with the transaction still live, and
 * with bad timing the connection never returns to the pool (quarkusio/quarkus#51576, hibernate-reactive#2926): a few
 * hundred aborted requests leaked the whole pool and the service went dark. Here the work is subscribed on its own and
 * the caller only watches it, so a cancellation, or the deadline, stops the watching and never the work: every
 * transaction ends in a commit or a rollback.
 *
 * <p>The work so detached still counts until it ends, so a stalled database fills the permits and further calls are
 * refused at once with 503 and {@code Retry-After}, instead of queueing without bound.
 */
/** Started with the service, so that its gauges are on {@code /q/metrics} before the first call. */
@Startup
@ApplicationScoped
public class Admission {

    private final AdmissionConfig config;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter admitted;
    private final Counter shed;
    private final Counter overran;

    public Admission(AdmissionConfig config, MeterRegistry meters) {
        this.config = config;
        this.admitted = meters.counter("medins.admission.calls", "outcome", "admitted");
        this.shed = meters.counter("medins.admission.calls", "outcome", "shed");
        this.overran = meters.counter("medins.admission.calls", "outcome", "past_deadline");
        meters.gauge("medins.admission.in.flight", inFlight);
        meters.gauge("medins.admission.max.in.flight", config, c -> c.maxInFlight());
    }

    /** Takes a permit, or refuses the call with 503 when every permit is taken. */
    void enter() {
        int now = inFlight.incrementAndGet();
        if (now > config.maxInFlight()) {
            inFlight.decrementAndGet();
            shed.increment();
            throw overloaded();
        }
        admitted.increment();
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    /** Whether a call arriving now would find every permit taken. */
    boolean isFull() {
        return inFlight.get() >= config.maxInFlight();
    }

    /** Counts a call refused before it reached the interceptor, and tells how to refuse it. */
    AdmissionGate.ProblemResponse shedAtTheDoor() {
        shed.increment();
        ProblemException refusal = overloaded();
        return new AdmissionGate.ProblemResponse(refusal.problem(),
                Long.toString(Math.max(1, config.retryAfter().toSeconds())));
    }

    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Starts {@code work} now and returns a {@code Uni} that tells its outcome. Cancelling the returned {@code Uni}
     * leaves the work running; when it ends it gives back the permit taken by {@link #enter()}.
     */
    <T> Uni<T> runToCompletion(Uni<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        work.subscribe().with(item -> {
            leave();
            outcome.complete(item);
        }, failure -> {
            leave();
            outcome.completeExceptionally(failure);
        });
        Executor onCallerContext = callerContext();
        return Uni.createFrom().<T> emitter(emitter -> outcome.whenComplete((item, failure) -> {
                    if (failure == null) {
                        emitter.complete(item);
                    } else {
                        emitter.fail(failure);
                    }
                }))
                .ifNoItem().after(config.deadline()).failWith(() -> {
                    overran.increment();
                    return unavailable("still-processing", "the request is still being processed after "
                            + config.deadline().toSeconds() + " s; retry with the same request to get its result");
                })
                .emitOn(onCallerContext);
    }

    private ProblemException overloaded() {
        return unavailable("overloaded", "the service is at its capacity (" + config.maxInFlight()
                + " calls in progress); retry later");
    }

    private ProblemException unavailable(String slug, String detail) {
        return new ProblemException(Problem.of(503, slug, "Service unavailable", detail), config.retryAfter());
    }

    /** The deadline fires on a timer thread; the answer is written from the request's own Vert.x context. */
    private static Executor callerContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
    }
}
