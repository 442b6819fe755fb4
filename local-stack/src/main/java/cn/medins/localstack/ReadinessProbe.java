package cn.medins.localstack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Asks services whether they are ready (an HTTP 200 from their readiness URI) and whether they are still live. */
final class ReadinessProbe {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    boolean isReady(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One request to a liveness URI; never throws, since not answering is itself an answer about liveness. */
    Liveness liveness(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return Liveness.answered(response.statusCode(), response.body());
        } catch (IOException e) {
            return Liveness.notAnswering(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Liveness.notAnswering("interrupted");
        }
    }

    // HttpClient's own messages are either missing (a refused connection) or prefixed with "HTTP"
    private static String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** @return whether the URI answered 200 before the deadline while {@code keepWaiting} held */
    boolean awaitReady(URI uri, Instant deadline, BooleanSupplier keepWaiting) {
        return !awaitAll(Map.of(uri, uri), deadline, keepWaiting).isEmpty();
    }

    /**
     * Polls all URIs together, so the time each one became ready is measured the same way.
     *
     * @return the moment each key was first seen ready; keys missing from it were not ready by the deadline, or
     *         waiting was abandoned because {@code keepWaiting} turned false or the thread was interrupted
     */
    <K> Map<K, Instant> awaitAll(Map<K, URI> uris, Instant deadline, BooleanSupplier keepWaiting) {
        Map<K, Instant> readyAt = new LinkedHashMap<>();
        while (keepWaiting.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
            for (Map.Entry<K, URI> entry : uris.entrySet()) {
                if (!readyAt.containsKey(entry.getKey()) && isReady(entry.getValue())) {
                    readyAt.put(entry.getKey(), Instant.now());
                }
            }
            Duration remaining = Duration.between(Instant.now(), deadline);
            if (readyAt.size() == uris.size() || remaining.isNegative()) {
                break;
            }
            try {
                Thread.sleep(Math.min(POLL_INTERVAL.toMillis(), Math.max(1, remaining.toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return readyAt;
    }
}
