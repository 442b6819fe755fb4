package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private static final Duration QUICK_CRASH = Duration.ofSeconds(2);

    @Test
    void aProcessThatKeepsCrashingQuicklyWaitsTwiceAsLongEachTimeUpToThirtySeconds() {
        RestartBackoff backoff = RestartBackoff.standard();

        Stream<Long> delays = Stream.generate(() -> backoff.delayAfter(QUICK_CRASH).toSeconds()).limit(8);

        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void aProcessThatWasUpForAMinuteIsRestartedAfterTheShortestWaitAgain() {
        RestartBackoff backoff = RestartBackoff.standard();
        for (int i = 0; i < 5; i++) {
            backoff.delayAfter(QUICK_CRASH);
        }

        assertThat(backoff.delayAfter(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(QUICK_CRASH)).isEqualTo(Duration.ofSeconds(2));
    }
}
