package cn.medins.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * A morning peak: {@code POST /settlements} open-loop at several times what settlement can do ({@code --rate}, default
 * 500/s against about 120/s) for {@code --seconds}, from clients that give up after {@code --timeout-ms}, as hospitals'
 * software does. Counted: what was accepted (201, or 200 for a repeated request), shed (503 {@code …/overloaded}
 * problem with {@code Retry-After}: every admission permit taken), given up (the client's timeout) and anything else;
 * the latency of the accepted from when each was due; settlement's database pool ({@code sql_pool_active}) before, at
 * its peak and after; and the recovery: how long after the last request was sent an ordinary claim is settled 201 again
 * with the pool back at its idle level. The measuring counterpart of {@code CounterUnderPressureIT}'s peak test: the
 * same load, figures instead of assertions.
 */
final class OverloadBench {

    /** The Vert.x SQL pool's connections in use, as {@code CounterUnderPressureIT} reads it. */
    static final String POOL_ACTIVE = "sql_pool_active{";
    static final String IN_FLIGHT = "medins_admission_in_flight ";
    static final String MAX_IN_FLIGHT = "medins_admission_max_in_flight ";
    static final String ADMITTED = "medins_admission_calls_total{outcome=\"admitted\"}";
    static final String SHED = "medins_admission_calls_total{outcome=\"shed\"}";
    static final String PAST_DEADLINE = "medins_admission_calls_total{outcome=\"past_deadline\"}";

    private OverloadBench() {
    }

    static String run(Options options) throws Exception {
        Suite suite = new Suite(options);
        int rate = options.integer("rate", 500);
        Duration length = options.seconds("seconds", 60);
        Duration timeout = Duration.ofMillis(options.integer("timeout-ms", 2000));
        // enough that the client sends on time even if every request runs into its timeout
        int maxInFlight = options.integer("max-in-flight", (int) (rate * (timeout.toMillis() / 1000.0 + 1)));
        Duration recoveryTimeout = options.seconds("recovery-timeout", 60);
        CounterClaims claims = CounterClaims.enrol(suite, options, 1000, "O");
        URI settlements = suite.settlement.resolve("/settlements");

        double idle = idleLevel(suite);
        double[] countersBefore = suite.metrics(suite.settlement, ADMITTED, SHED, PAST_DEADLINE);
        Outcomes outcomes = new Outcomes();
        Sampler sampler = new Sampler(suite);
        sampler.start();
        OpenLoopHttp.Sent sent;
        Recovery recovery;
        try {
            sent = suite.institution.send(rate, length, maxInFlight,
                    i -> suite.institution.post(settlements, claims.json(i), timeout),
                    HttpResponse.BodyHandlers.ofString(), outcomes::record);
            recovery = Recovery.await(suite, settlements, claims, sent.requests(), sent.lastSentNanos(), idle,
                    recoveryTimeout);
            sent.awaitAnswers();
        } finally {
            sampler.stop();
        }
        double[] after = suite.metrics(suite.settlement, POOL_ACTIVE, IN_FLIGHT, MAX_IN_FLIGHT, ADMITTED, SHED,
                PAST_DEADLINE);

        double seconds = sent.seconds();
        String line = String.format(Locale.ROOT,
                "overload: offered=%.0f/s accepted=%.1f/s shed=%.1f/s gave-up=%.1f/s other=%s accepted %s "
                        + "pool-active before=%s peak=%s after=%s recovered=%s",
                sent.requests() / seconds, outcomes.accepted() / seconds, outcomes.shed.sum() / seconds,
                outcomes.gaveUp.sum() / seconds, outcomes.other(), outcomes.latencies.percentiles(), gauge(idle),
                gauge(sampler.peakPool), gauge(after[0]), recovery.summary());
        String block = String.join("\n",
                String.format(Locale.ROOT, "  offered   %d claims in %.1f s by clients giving up after %d ms, %d persons; "
                        + "client-saturated=%d (max-in-flight=%d), handed to the client late by %s", sent.requests(), seconds,
                        timeout.toMillis(), claims.persons(), sent.saturated(), maxInFlight, sent.lateness().percentiles()),
                String.format(Locale.ROOT, "  accepted  %d (201: %d, 200: %d), latency from when due: %s",
                        outcomes.accepted(), outcomes.created.sum(), outcomes.repeated.sum(), outcomes.latencies.percentiles()),
                String.format(Locale.ROOT, "  shed      %d: 503 …/overloaded with Retry-After", outcomes.shed.sum()),
                String.format(Locale.ROOT, "  gave up   %d: no answer within %d ms", outcomes.gaveUp.sum(), timeout.toMillis()),
                String.format(Locale.ROOT, "  other     %s", outcomes.other()),
                String.format(Locale.ROOT, "  server    admitted=%s shed=%s past-deadline=%s (medins_admission_calls_total "
                        + "over the run, probes included)", delta(countersBefore[0], after[3]),
                        delta(countersBefore[1], after[4]), delta(countersBefore[2], after[5])),
                String.format(Locale.ROOT, "  pool      sql_pool_active before=%s peak=%s after=%s; medins_admission_in_flight "
                        + "peak=%s of %s, after=%s (%d samples)", gauge(idle), gauge(sampler.peakPool), gauge(after[0]),
                        gauge(sampler.peakInFlight), gauge(after[2]), gauge(after[1]), sampler.samples),
                "  recovery  " + recovery.detail(idle));
        return line + "\n" + block;
    }

    /** The fewest connections in use over a second of quiet: what the pool holds when nothing is asked of it. */
    private static double idleLevel(Suite suite) throws InterruptedException {
        double idle = Double.NaN;
        for (int i = 0; i < 5; i++) {
            double active = suite.metrics(suite.settlement, POOL_ACTIVE)[0];
            idle = Double.isNaN(idle) ? active : Math.min(idle, active);
            Thread.sleep(200);
        }
        return idle;
    }

    private static String gauge(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String delta(double before, double after) {
        return Double.isNaN(before) || Double.isNaN(after) ? "n/a" : String.format(Locale.ROOT, "%.0f", after - before);
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    /** What the clients of the peak learnt of their claims. */
    static final class Outcomes {

        final LongAdder created = new LongAdder();
        final LongAdder repeated = new LongAdder();
        final LongAdder shed = new LongAdder();
        final LongAdder gaveUp = new LongAdder();
        final Map<String, LongAdder> others = new ConcurrentHashMap<>();
        final Latencies latencies = new Latencies();

        void record(long dueNanos, HttpResponse<String> response, Throwable failure) {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof HttpTimeoutException) {
                    gaveUp.increment();
                } else {
                    String message = String.valueOf(cause.getMessage());
                    other(cause.getClass().getSimpleName() + " " + message.substring(0, Math.min(60, message.length())));
                }
                return;
            }
            int status = response.statusCode();
            if (status == 201 || status == 200) {
                (status == 201 ? created : repeated).increment();
                latencies.record(System.nanoTime() - dueNanos);
                return;
            }
            String problem = problemType(response);
            boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
            if (status == 503 && retryAfter && problem.equals("overloaded")) {
                shed.increment();
            } else {
                other(status + (problem.isEmpty() ? "" : " " + problem) + (status == 503 && !retryAfter ? " without Retry-After" : ""));
            }
        }

        long accepted() {
            return created.sum() + repeated.sum();
        }

        String other() {
            Map<String, Long> counted = new TreeMap<>();
            others.forEach((kind, count) -> counted.put(kind, count.sum()));
            return counted.isEmpty() ? "0" : counted.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        private void other(String kind) {
            others.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        /** The last segment of a problem's {@code type}, e.g. {@code overloaded}; empty if the body is no problem. */
        private static String problemType(HttpResponse<String> response) {
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                return "";
            }
            try {
                String type = Json.read(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).path("type").asText("");
                return type.substring(type.lastIndexOf('/') + 1);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }

    /** Reads settlement's pool and admission gauges every 200 ms on a thread of its own and keeps their highest. */
    private static final class Sampler implements Runnable {

        private final Suite suite;
        private final Thread thread;
        private volatile boolean running = true;
        volatile double peakPool = Double.NaN;
        volatile double peakInFlight = Double.NaN;
        volatile int samples;

        Sampler(Suite suite) {
            this.suite = suite;
            this.thread = new Thread(this, "overload-gauges");
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public void run() {
            while (running) {
                try {
                    double[] values = suite.metrics(suite.settlement, POOL_ACTIVE, IN_FLIGHT);
                    peakPool = max(peakPool, values[0]);
                    peakInFlight = max(peakInFlight, values[1]);
                    samples++;
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a sample the busy service did not answer: the next one will
                }
            }
        }

        private static double max(double peak, double value) {
            return Double.isNaN(peak) ? value : Double.isNaN(value) ? peak : Math.max(peak, value);
        }
    }

    /**
     * Ordinary claims (the default 30 s timeout) sent one after another from when the load ended, each the next of the
     * run, every 100 ms until one is settled; then the pool read every 100 ms until it is back at {@code idle}.
     */
    record Recovery(double settledAfter, double poolIdleAfter, int probes, Duration timeout) {

        static Recovery await(Suite suite, URI settlements, CounterClaims claims, long firstProbe, long loadEnded,
                double idle, Duration timeout) throws InterruptedException {
            long deadline = loadEnded + timeout.toNanos();
            double settledAfter = Double.NaN;
            int probes = 0;
            while (System.nanoTime() < deadline) {
                if (Double.isNaN(settledAfter)) {
                    int status = suite.institution.send(suite.institution.post(settlements, claims.json(firstProbe + probes++)))
                            .statusCode();
                    if (status == 201 || status == 200) {
                        settledAfter = secondsSince(loadEnded);
                    }
                }
                if (!Double.isNaN(settledAfter)) {
                    double active = suite.metrics(suite.settlement, POOL_ACTIVE)[0];
                    if (Double.isNaN(idle) || active <= idle) {
                        return new Recovery(settledAfter, secondsSince(loadEnded), probes, timeout);
                    }
                }
                Thread.sleep(100);
            }
            return new Recovery(settledAfter, Double.NaN, probes, timeout);
        }

        String summary() {
            return Double.isNaN(poolIdleAfter) ? "not-within-" + timeout.toSeconds() + "s"
                    : String.format(Locale.ROOT, "%.1fs", poolIdleAfter);
        }

        String detail(double idle) {
            String settled = Double.isNaN(settledAfter) ? "no claim settled"
                    : String.format(Locale.ROOT, "first claim settled 201 %.1f s after the last request was sent (probe %d)",
                            settledAfter, probes);
            String pool = Double.isNaN(poolIdleAfter) ? "pool not back at " + gauge(idle) + " within " + timeout.toSeconds() + " s"
                    : String.format(Locale.ROOT, "pool back at its idle level (%s) after %.1f s", gauge(idle), poolIdleAfter);
            return settled + "; " + pool;
        }
    }
}
