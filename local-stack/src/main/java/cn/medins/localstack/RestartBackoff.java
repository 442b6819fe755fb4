package cn.medins.localstack;

import java.time.Duration;

/**
 * How long to wait before restarting a process that exited: the wait doubles while it keeps crashing soon after
 * starting, so a broken service does not burn the CPU the others need, and starts over once it had been up a while.
 */
final class RestartBackoff {

    private final Duration initial;
    private final Duration max;
    private final Duration stableAfter;
    private Duration next;

    RestartBackoff(Duration initial, Duration max, Duration stableAfter) {
        this.initial = initial;
        this.max = max;
        this.stableAfter = stableAfter;
        this.next = initial;
    }

    static RestartBackoff standard() {
        return new RestartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    /** @param uptime how long the process that just exited had been running */
    synchronized Duration delayAfter(Duration uptime) {
        if (uptime.compareTo(stableAfter) >= 0) {
            next = initial;
        }
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }
}
