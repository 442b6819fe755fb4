package cn.medins.messaging.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "medins.inbox")
public interface InboxConfig {

    /** Tries of an effect that fails for a reason that will not pass, before the record is dead-lettered. */
    @WithDefault("4")
    int maxAttempts();

    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * An attempt running longer than this will not end by itself: liveness turns DOWN and the service is restarted.
     * Far above a slow poll (seconds) and a database paused for maintenance (a minute or two).
     */
    @WithDefault("5m")
    Duration stuckAfter();
}
