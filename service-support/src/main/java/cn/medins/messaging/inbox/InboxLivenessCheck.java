package cn.medins.messaging.inbox;

import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * DOWN only when an attempt has been running for longer than {@code medins.inbox.stuck-after}. A consumer retrying
 * while the database is away is not stuck: each attempt fails and the next one starts, and it resumes by itself when
 * the database returns. An attempt that never ends (a connection that hangs without ever failing) holds its partition
 * for good, and a restart is the only cure. The messaging connector's own age check is off
 * ({@code throttled.unprocessed-record-max-age.ms=0}) because it fails the channel for good after 60 s, a database
 * paused for longer included.
 */
@Liveness
@ApplicationScoped
public class InboxLivenessCheck implements HealthCheck {

    private final InboxProgress progress;
    private final InboxConfig config;

    public InboxLivenessCheck(InboxProgress progress, InboxConfig config) {
        this.progress = progress;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("inbox-progress").up();
        Optional<InboxProgress.Attempt> oldest = progress.oldest();
        if (oldest.isPresent()) {
            long seconds = progress.ageOf(oldest.get()).toSeconds();
            response.withData("oldestAttemptConsumer", oldest.get().consumer()).withData("oldestAttemptSeconds", seconds);
            if (progress.ageOf(oldest.get()).compareTo(config.stuckAfter()) > 0) {
                response.down();
            }
        }
        return response.build();
    }
}
