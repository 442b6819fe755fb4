package cn.medins.rest.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.medins.rest.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

class AdmissionTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aCallerThatGoesAwayDoesNotCancelTheWorkWhichStillReturnsItsPermit() {
        Admission admission = admission(2, Duration.ofSeconds(10));
        Work work = new Work();

        admission.enter();
        UniAssertSubscriber<String> caller = admission.runToCompletion(work.uni).subscribe()
                .withSubscriber(UniAssertSubscriber.create());
        caller.cancel();

        assertThat(work.cancelled).isFalse();
        assertThat(admission.inFlight()).isEqualTo(1);
        work.finish("committed");
        assertThat(admission.inFlight()).isZero();
    }

    @Test
    void pastTheLimitACallIsRefusedAtOnceWith503AndRetryAfterAndTakesNoPermit() {
        Admission admission = admission(2, Duration.ofSeconds(10));
        admission.enter();
        admission.enter();

        assertThatThrownBy(admission::enter).isInstanceOfSatisfying(ProblemException.class, refusal -> {
            assertThat(refusal.problem().status()).isEqualTo(503);
            assertThat(refusal.problem().type()).endsWith("/overloaded");
            assertThat(refusal.retryAfter()).contains(Duration.ofSeconds(1));
        });
        assertThat(admission.inFlight()).isEqualTo(2);
        assertThat(meters.counter("medins.admission.calls", "outcome", "shed").count()).isEqualTo(1.0);

        admission.leave();
        admission.enter();
        assertThat(admission.inFlight()).isEqualTo(2);
    }

    @Test
    void workThatFailsReturnsItsPermitAndTheCallerSeesTheFailure() {
        Admission admission = admission(1, Duration.ofSeconds(10));
        admission.enter();

        UniAssertSubscriber<Object> caller = admission.runToCompletion(Uni.createFrom().failure(new IllegalStateException("rolled back")))
                .subscribe().withSubscriber(UniAssertSubscriber.create());

        caller.assertFailedWith(IllegalStateException.class, "rolled back");
        assertThat(admission.inFlight()).isZero();
    }

    @Test
    void pastTheDeadlineTheCallerGets503WhileTheWorkGoesOnHoldingItsPermit() {
        Admission admission = admission(1, Duration.ofMillis(50));
        Work work = new Work();
        admission.enter();

        UniAssertSubscriber<String> caller = admission.runToCompletion(work.uni).subscribe()
                .withSubscriber(UniAssertSubscriber.create());

        Throwable failure = caller.awaitFailure(Duration.ofSeconds(5)).getFailure();
        assertThat(failure).isInstanceOfSatisfying(ProblemException.class, refusal -> {
            assertThat(refusal.problem().status()).isEqualTo(503);
            assertThat(refusal.problem().type()).endsWith("/still-processing");
        });
        assertThat(work.cancelled).isFalse();
        assertThat(admission.inFlight()).isEqualTo(1);
        assertThatThrownBy(admission::enter).isInstanceOf(ProblemException.class);

        work.finish("committed late");
        assertThat(admission.inFlight()).isZero();
    }

    @Test
    void theWorkStartsWhenAdmittedEvenBeforeTheCallerSubscribes() throws Exception {
        Admission admission = admission(1, Duration.ofSeconds(10));
        CompletableFuture<Void> started = new CompletableFuture<>();
        admission.enter();

        Uni<String> outcome = admission.runToCompletion(Uni.createFrom().item(() -> {
            started.complete(null);
            return "done";
        }));

        started.get(1, TimeUnit.SECONDS);
        assertThat(admission.inFlight()).isZero();
        assertThat(outcome.await().atMost(Duration.ofSeconds(1))).isEqualTo("done");
    }

    private Admission admission(int maxInFlight, Duration deadline) {
        return new Admission(new AdmissionConfig() {
            @Override
            public int maxInFlight() {
                return maxInFlight;
            }

            @Override
            public Duration deadline() {
                return deadline;
            }

            @Override
            public Duration retryAfter() {
                return Duration.ofSeconds(1);
            }
        }, meters);
    }

    /** A unit of work that ends when the test says so, and tells whether anyone cancelled it. */
    private static final class Work {
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private volatile boolean cancelled;
        private final Uni<String> uni = Uni.createFrom().completionStage(result)
                .onCancellation().invoke(() -> cancelled = true);

        void finish(String item) {
            result.complete(item);
        }
    }
}
