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
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
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
            HttpRequest request = post(uri, bodyOfRequest.apply(firstRequest + i));
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error == null && response.statusCode() == expectedStatus) {
                    ok.incrementAndGet();
                    if (latencies != null) {
                        latencies.record(System.nanoTime() - due);
                    }
                } else {
                    failed.incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(maxInFlight);
        return new long[] { total, ok.get(), failed.get(), saturated };
    }

    HttpRequest post(URI uri, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
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
