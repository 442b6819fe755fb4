package cn.medins.enrollment.it;

import static cn.medins.testing.TestTokens.asAgency;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;

/** Waits for a change that publishes nothing but leaves its trace on the person's timeline. */
final class TimelineAwait {

    private TimelineAwait() {
    }

    static void until(String insuredId, String kind) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<String> kinds = asAgency().get("/persons/{insuredId}/timeline", insuredId).jsonPath().getList("items.kind");
            return kinds.contains(kind);
        });
    }
}
