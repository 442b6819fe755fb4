package cn.medins.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Sends POST requests on a fixed schedule, whatever the responses do (open loop), and measures each latency from the
 * moment the request was due, not from when it was sent: a server that stalls is charged for every request it delayed
 * (no coordinated omission). {@code maxInFlight} only protects the client machine; reaching it is counted.
 */
final class OpenLoopHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    OpenLoopHttp(String token) {
        this.token = token;
    }

    record Result(String name, long sent, long ok, long failed, long saturated, double seconds, Latencies latencies) {

        String line() {
            return String.format(Locale.ROOT, "%s: rate=%.0f/s ok=%d failed=%d client-saturated=%d %s", name,
                    ok / seconds, ok, failed, saturated, latencies.percentiles());
        }
    }

    /** Runs {@code warmup} unmeasured, then {@code duration} measured, at {@code rate} requests per second. */
    Result run(String name, URI uri, int rate, Duration warmup, Duration duration, int maxInFlight,
            LongFunction<String> bodyOfRequest, int expectedStatus) throws InterruptedException {
        schedule(uri, rate, warmup, maxInFlight, 0, bodyOfRequest, expectedStatus, null);
        Latencies latencies = new Latencies();
        long[] counts = schedule(uri, rate, duration, maxInFlight, rate * warmup.toSeconds(), bodyOfRequest,
                expectedStatus, latencies);
        return new Result(name, counts[0], counts[1], counts[2], counts[3], duration.toNanos() / 1e9, latencies);
    }

    private long[] schedule(URI uri, int rate, Duration length, int maxInFlight, long firstRequest,
            LongFunction<String> bodyOfRequest, int expectedStatus, Latencies latencies) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Sent sent = send(rate, length, maxInFlight, i -> post(uri, bodyOfRequest.apply(firstRequest + i)),
                HttpResponse.BodyHandlers.discarding(), (due, response, error) -> {
                    if (error == null && response.statusCode() == expectedStatus) {
                        ok.incrementAndGet();
                        if (latencies != null) {
                            latencies.record(System.nanoTime() - due);
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                });
        sent.awaitAnswers();
        return new long[] { sent.requests(), ok.get(), failed.get(), sent.saturated() };
    }

    /** What is done with the answer to a request, or with why there is none; {@code dueNanos} is when it was due. */
    @FunctionalInterface
    interface Answers<T> {
        void answered(long dueNanos, HttpResponse<T> response, Throwable failure);
    }

    /**
     * A schedule whose last request has been sent: how many, how many had to wait for {@code maxInFlight}, how late
     * after its due time each was handed to the client ({@code lateness}: the sender's own lag), and when the first was
     * due and the last went out ({@link System#nanoTime()}). Answers may still be on their way.
     */
    record Sent(long requests, long saturated, Latencies lateness, long startNanos, long lastSentNanos, Semaphore inFlight,
            int maxInFlight) {

        double seconds() {
            return (lastSentNanos - startNanos) / 1e9;
        }

        void awaitAnswers() throws InterruptedException {
            inFlight.acquire(maxInFlight);
            inFlight.release(maxInFlight);
        }
    }

    /**
     * Sends {@code rate * length} requests, the {@code i}-th due {@code i / rate} seconds after the start, and returns
     * once the last is sent; each answer goes to {@code answers} on the client's threads.
     */
    <T> Sent send(int rate, Duration length, int maxInFlight, LongFunction<HttpRequest> requestOf,
            HttpResponse.BodyHandler<T> bodies, Answers<T> answers) throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        Latencies lateness = new Latencies();
        long saturated = 0;
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long total = rate * length.toSeconds();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                saturated++;
                inFlight.acquire();
            }
            client.sendAsync(requestOf.apply(i), bodies).whenComplete((response, error) -> {
                try {
                    answers.answered(due, response, error);
                } finally {
                    inFlight.release();
                }
            });
            lateness.record(System.nanoTime() - due);
        }
        return new Sent(total, saturated, lateness, start, System.nanoTime(), inFlight, maxInFlight);
    }

    HttpRequest post(URI uri, String json) {
        return post(uri, json, Duration.ofSeconds(30));
    }

    /** A POST whose caller gives up after {@code timeout}: the answer then fails with {@code HttpTimeoutException}. */
    HttpRequest post(URI uri, String json, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        }
    }

    HttpResponse<String> get(URI uri) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }
}
