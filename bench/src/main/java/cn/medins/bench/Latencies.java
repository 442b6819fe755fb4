package cn.medins.bench;

import java.time.Duration;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/** Latencies in microseconds, up to a minute, three significant digits; one summary line per run. */
final class Latencies {

    private final Histogram histogram = new Histogram(Duration.ofMinutes(1).toNanos() / 1000, 3);

    synchronized void record(long nanos) {
        histogram.recordValue(Math.min(Math.max(nanos / 1000, 1), histogram.getHighestTrackableValue()));
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized String percentiles() {
        return String.format(Locale.ROOT, "p50=%.1fms p99=%.1fms p99.9=%.1fms max=%.1fms",
                millis(histogram.getValueAtPercentile(50)), millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getValueAtPercentile(99.9)), millis(histogram.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
