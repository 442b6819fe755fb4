package cn.medins.audit.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class UnisTest {

    /** The services run their threads with 512 KB stacks (-Xss512k). */
    private static final long SERVICE_STACK = 512 * 1024;

    @Test
    void tenThousandStepsThatFinishAtOnceRunInOrderOnAServiceSizedStack() throws Exception {
        List<Integer> elements = IntStream.range(0, 10_000).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();

        Thread caller = new Thread(null, () -> {
            try {
                Unis.sequentially(elements, element -> Uni.createFrom().voidItem().invoke(() -> seen.add(element)))
                        .subscribe().with(done::complete, done::completeExceptionally);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        }, "small-stack", SERVICE_STACK);
        caller.start();

        done.get(10, TimeUnit.SECONDS);
        assertThat(seen).containsExactlyElementsOf(elements);
    }

    @Test
    void aFailingStepStopsTheStepsAfterIt() {
        List<Integer> seen = new ArrayList<>();

        Uni<Void> steps = Unis.sequentially(List.of(1, 2, 3), element -> element == 2
                ? Uni.createFrom().failure(new IllegalStateException("step 2 failed"))
                : Uni.createFrom().voidItem().invoke(() -> seen.add(element)));

        assertThatThrownBy(() -> steps.await().atMost(Duration.ofSeconds(5))).hasMessage("step 2 failed");
        assertThat(seen).containsExactly(1);
    }

    @Test
    void noStepsIsDoneAtOnce() {
        assertThat(Unis.sequentially(List.<Integer>of(), element -> Uni.createFrom().voidItem())
                .await().atMost(Duration.ofSeconds(1))).isNull();
    }
}
