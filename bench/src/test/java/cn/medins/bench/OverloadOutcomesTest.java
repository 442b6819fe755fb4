package cn.medins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.Test;

/** The overload benchmark counts as shed only what the service refused for being at capacity, as the e2e test does. */
class OverloadOutcomesTest {

    private static final String OVERLOADED = "{\"type\":\"https://medins.cn/problems/overloaded\",\"status\":503}";

    @Test
    void eachAnswerIsCountedOnceByWhatItTellsTheClient() {
        OverloadBench.Outcomes outcomes = new OverloadBench.Outcomes();
        long due = System.nanoTime();
        outcomes.record(due, response(201, Map.of("Content-Type", "application/json"), "{}"), null);
        outcomes.record(due, response(200, Map.of("Content-Type", "application/json"), "{}"), null);
        outcomes.record(due, response(503, Map.of("Content-Type", "application/problem+json", "Retry-After", "1"), OVERLOADED), null);
        outcomes.record(due, response(503, Map.of("Content-Type", "application/problem+json"), OVERLOADED), null);
        outcomes.record(due, response(503, Map.of("Content-Type", "application/problem+json", "Retry-After", "1"),
                "{\"type\":\"https://medins.cn/problems/still-processing\"}"), null);
        outcomes.record(due, response(500, Map.of(), ""), null);
        outcomes.record(due, null, new HttpTimeoutException("request timed out"));
        outcomes.record(due, null, new CompletionException(new HttpTimeoutException("request timed out")));

        assertThat(outcomes.accepted()).isEqualTo(2);
        assertThat(outcomes.latencies.count()).isEqualTo(2);
        assertThat(outcomes.shed.sum()).isEqualTo(1);
        assertThat(outcomes.gaveUp.sum()).isEqualTo(2);
        assertThat(outcomes.other())
                .isEqualTo("{500:1, 503 overloaded without Retry-After:1, 503 still-processing:1}");
    }

    private static HttpResponse<String> response(int status, Map<String, String> headers, String body) {
        HttpHeaders httpHeaders = HttpHeaders.of(headers.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))), (a, b) -> true);
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create("http://127.0.0.1/settlements")).build();
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return httpHeaders;
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return request().uri();
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
