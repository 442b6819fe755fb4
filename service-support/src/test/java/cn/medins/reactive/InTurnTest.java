package cn.medins.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.medins.testing.ServiceStack;
import io.smallrye.mutiny.Uni;

class InTurnTest {

    @Test
    void tenThousandStepsThatFinishAtOnceRunInOrderOnAServiceSizedStack() throws Exception {
        List<Integer> elements = IntStream.range(0, 10_000).boxed().toList();
        List<Integer> seen = new ArrayList<>();

        ServiceStack.await(InTurn.each(elements, element -> Uni.createFrom().voidItem().invoke(() -> seen.add(element))));

        assertThat(seen).containsExactlyElementsOf(elements);
    }

    @Test
    void aFailingStepStopsTheStepsAfterIt() {
        List<Integer> seen = new ArrayList<>();

        Uni<Void> steps = InTurn.each(List.of(1, 2, 3), element -> element == 2
                ? Uni.createFrom().failure(new IllegalStateException("step 2 failed"))
                : Uni.createFrom().voidItem().invoke(() -> seen.add(element)));

        assertThatThrownBy(() -> steps.await().atMost(Duration.ofSeconds(5))).hasMessage("step 2 failed");
        assertThat(seen).containsExactly(1);
    }

    @Test
    void noStepsIsDoneAtOnce() {
        assertThat(InTurn.each(List.<Integer>of(), element -> Uni.createFrom().voidItem())
                .await().atMost(Duration.ofSeconds(1))).isNull();
    }
}
