package cn.medins.messaging.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.medins.reactive.InTurn;
import io.smallrye.mutiny.Uni;

/**
 * The records of a poll as {@link Inbox#processTogether} hands them over, cut into runs: records of the kind an effect
 * applies together stay together while they follow each other, and any other record stands alone between them, so
 * that applying the runs in turn leaves what applying the records one after the other would.
 */
public final class InboundRuns {

    private InboundRuns() {
    }

    /**
     * Applies each run of records that {@code together} accepts with {@code applyRun}, and each other record with
     * {@code applyAlone}, in the order of the poll.
     */
    public static <T> Uni<Void> apply(List<InboundRecord<T>> records, Predicate<InboundRecord<T>> together,
            Function<List<InboundRecord<T>>, Uni<Void>> applyRun, Function<InboundRecord<T>, Uni<Void>> applyAlone) {
        return InTurn.each(of(records, together),
                run -> together.test(run.get(0)) ? applyRun.apply(run) : applyAlone.apply(run.get(0)));
    }

    static <T> List<List<InboundRecord<T>>> of(List<InboundRecord<T>> records, Predicate<InboundRecord<T>> together) {
        List<List<InboundRecord<T>>> runs = new ArrayList<>();
        for (InboundRecord<T> record : records) {
            boolean joinsLastRun = !runs.isEmpty() && together.test(record) && together.test(runs.get(runs.size() - 1).get(0));
            if (!joinsLastRun) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(record);
        }
        return runs;
    }
}
