package cn.medins.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.medins.testing.ServiceStack;
import io.smallrye.mutiny.Uni;

class InboundRunsTest {

    private static final Predicate<InboundRecord<String>> SETTLED = record -> record.payload().startsWith("settled");

    @Test
    void recordsOfTheKindTakenTogetherStayTogetherOnlyWhileTheyFollowEachOther() {
        List<InboundRecord<String>> poll = poll("settled-1", "settled-2", "reversed-1", "reversed-2", "settled-3");

        assertThat(InboundRuns.of(poll, SETTLED))
                .extracting(run -> run.stream().map(InboundRecord::payload).toList())
                .containsExactly(List.of("settled-1", "settled-2"), List.of("reversed-1"), List.of("reversed-2"),
                        List.of("settled-3"));
    }

    @Test
    void runsAndLoneRecordsAreAppliedInTheOrderOfThePoll() {
        List<String> applied = new ArrayList<>();

        InboundRuns.apply(poll("reversed-1", "settled-1", "settled-2", "reversed-2"), SETTLED,
                run -> Uni.createFrom().voidItem().invoke(() -> applied.add(run.size() + " together")),
                alone -> Uni.createFrom().voidItem().invoke(() -> applied.add(alone.payload() + " alone")))
                .await().indefinitely();

        assertThat(applied).containsExactly("reversed-1 alone", "2 together", "reversed-2 alone");
    }

    @Test
    void aPollOfThousandsOfLoneRecordsDoesNotNestItsSteps() throws Exception {
        List<InboundRecord<String>> poll = poll(IntStream.range(0, 10_000).mapToObj(i -> "reversed-" + i).toArray(String[]::new));
        int[] applied = {0};

        ServiceStack.await(InboundRuns.apply(poll, SETTLED, run -> Uni.createFrom().voidItem(),
                alone -> Uni.createFrom().voidItem().invoke(() -> applied[0]++)));

        assertThat(applied[0]).isEqualTo(10_000);
    }

    private static List<InboundRecord<String>> poll(String... payloads) {
        return IntStream.range(0, payloads.length)
                .mapToObj(offset -> new InboundRecord<>("e" + offset, null, "test", null, "k", "topic", 0, offset, null,
                        payloads[offset], null))
                .toList();
    }
}
