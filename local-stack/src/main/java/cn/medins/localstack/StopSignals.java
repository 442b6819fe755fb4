package cn.medins.localstack;

import java.util.List;

import sun.misc.Signal;

/**
 * Stops the stack on Ctrl+C (SIGINT) and {@code kill} (SIGTERM) before the JVM shuts down. A shutdown hook alone
 * cannot keep the order services, Kafka, PostgreSQL: the embedded PostgreSQL registers a shutdown hook of its own,
 * and the JVM runs all hooks at once, so PostgreSQL would go away while the services are still shutting down.
 * Only the JDK's signal API lets the stack stop first; the launcher's shutdown hook stays as the fallback for
 * every other way the JVM ends.
 */
final class StopSignals {

    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private StopSignals() {
    }

    /** Runs {@code stop} on the first of these signals, then exits with the conventional 128 + signal number. */
    static void install(Runnable stop) {
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    stop.run();
                    System.exit(128 + signal.getNumber());
                });
            } catch (IllegalArgumentException e) {
                // The JVM keeps this signal (e.g. under -Xrs); the shutdown hook still stops the stack.
            }
        }
    }
}
