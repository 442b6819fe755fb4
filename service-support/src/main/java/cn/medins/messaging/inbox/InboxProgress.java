package cn.medins.messaging.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The inbox's attempts that have started and not yet ended, so that liveness can tell a consumer that waits for the
 * database (it recovers by itself) from one whose attempt will never end (only a restart mends it).
 */
@ApplicationScoped
public class InboxProgress {

    /** One attempt in progress: which consumer, and since when. */
    public record Attempt(String consumer, Instant startedAt) {
    }

    private final Map<Long, Attempt> running = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;

    public InboxProgress() {
        this(Clock.systemUTC());
    }

    InboxProgress(Clock clock) {
        this.clock = clock;
    }

    /** {@code attempt}, counted from each subscription (every retry is an attempt of its own) to its end. */
    <T> Uni<T> tracked(String consumer, Uni<T> attempt) {
        return Uni.createFrom().deferred(() -> {
            long id = ids.incrementAndGet();
            running.put(id, new Attempt(consumer, clock.instant()));
            return attempt.onTermination().invoke(() -> running.remove(id));
        });
    }

    /** The attempt that has been running longest, if any runs now. */
    public Optional<Attempt> oldest() {
        return running.values().stream().min((a, b) -> a.startedAt().compareTo(b.startedAt()));
    }

    public Duration ageOf(Attempt attempt) {
        return Duration.between(attempt.startedAt(), clock.instant());
    }
}
