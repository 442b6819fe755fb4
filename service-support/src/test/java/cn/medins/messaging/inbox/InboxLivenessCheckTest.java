package cn.medins.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class InboxLivenessCheckTest {

    private final MovableClock clock = new MovableClock();
    private final InboxProgress progress = new InboxProgress(clock);
    private final InboxLivenessCheck check = new InboxLivenessCheck(progress, config(Duration.ofMinutes(5)));

    @Test
    void aConsumerWaitingLessThanTheLimitIsLiveAndOneWaitingLongerIsNot() {
        CompletableFuture<Void> database = new CompletableFuture<>();
        progress.tracked("audit-settlement-events", Uni.createFrom().completionStage(database)).subscribe().with(ignored -> {
        });

        clock.advance(Duration.ofSeconds(90));
        assertThat(check.call().getStatus()).isEqualTo(Status.UP);
        assertThat(check.call().getData().orElseThrow()).containsEntry("oldestAttemptConsumer", "audit-settlement-events");

        clock.advance(Duration.ofMinutes(4));
        assertThat(check.call().getStatus()).isEqualTo(Status.DOWN);

        database.complete(null);
        assertThat(check.call().getStatus()).isEqualTo(Status.UP);
        assertThat(progress.oldest()).isEmpty();
    }

    @Test
    void everyRetryIsAnAttemptOfItsOwnSoAConsumerRetryingForLongIsNotStuck() {
        int[] tries = {0};
        Uni<String> failsTwice = Uni.createFrom().item(() -> {
            clock.advance(Duration.ofMinutes(3));
            if (++tries[0] < 3) {
                throw new IllegalStateException("database away");
            }
            return "applied";
        });

        String outcome = progress.tracked("settlement-audit-events", failsTwice)
                .onFailure().invoke(ignored -> assertThat(check.call().getStatus()).isEqualTo(Status.UP))
                .onFailure().retry().atMost(5)
                .await().indefinitely();

        assertThat(outcome).isEqualTo("applied");
        assertThat(progress.oldest()).isEmpty();
    }

    private static InboxConfig config(Duration stuckAfter) {
        return new InboxConfig() {
            @Override
            public int maxAttempts() {
                return 4;
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ofMillis(200);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Duration stuckAfter() {
                return stuckAfter;
            }
        };
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
