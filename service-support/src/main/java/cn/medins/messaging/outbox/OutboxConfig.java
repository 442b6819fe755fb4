package cn.medins.messaging.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "medins.outbox")
public interface OutboxConfig {

    /** Off only in tests that need a service without its relay. */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * Check every published payload against its JSON Schema before it is written. On in development and tests, where
     * a drift from the contract must fail loudly; off in production, where the tests already proved conformance.
     */
    @WithDefault("false")
    boolean validateSchemas();

    /** Most records sent per round trip to the broker. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for a commit notification before it looks again anyway. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Pause after the database or the broker failed, before the relay tries again. */
    @WithDefault("2s")
    Duration retryBackoff();

    /** How long sent records are kept for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
