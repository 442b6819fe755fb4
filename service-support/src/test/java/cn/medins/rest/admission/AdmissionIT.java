package cn.medins.rest.admission;

import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.medins.rest.fixture.SlowFixtureResource;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** Admission control as a caller meets it: one permit, a deadline of a second. */
@QuarkusTest
@TestProfile(AdmissionIT.OnePermit.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class AdmissionIT {

    public static class OnePermit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("medins.admission.max-in-flight", "1", "medins.admission.deadline", "1s");
        }
    }

    @TestHTTPResource("/")
    URL root;

    /** Work a test left running past its deadline still holds the one permit until it ends. */
    @BeforeEach
    void permitFree() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                RestAssured.get("/q/metrics").asString().contains("medins_admission_in_flight 0.0"));
    }

    @Test
    void whileThePermitIsTakenACallIsShedAtOnceWith503AndRetryAfterAndHealthIsStillServed() {
        CompletableFuture<Integer> busy = CompletableFuture.supplyAsync(() ->
                asAgency().post("/fixture/slow?millis=3000").statusCode());
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                RestAssured.get("/q/metrics").asString().contains("medins_admission_in_flight 1.0"));

        asAgency().post("/fixture/slow?millis=0").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("type", endsWith("/overloaded"));
        RestAssured.get("/q/health/live").then().statusCode(200);

        assertThat(busy.join()).as("the admitted call, past its 1 s deadline").isEqualTo(503);
    }

    @Test
    void aCallPastItsDeadlineIsAnswered503WhileItsWorkGoesOnToItsEnd() {
        int before = SlowFixtureResource.FINISHED.get();

        asAgency().post("/fixture/slow?millis=2500").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("type", endsWith("/still-processing"));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> SlowFixtureResource.FINISHED.get() == before + 1);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                RestAssured.get("/q/metrics").asString().contains("medins_admission_in_flight 0.0"));
    }

    @Test
    void aClientThatGoesAwayDoesNotStopTheWorkItStarted() throws Exception {
        int before = SlowFixtureResource.FINISHED.get();
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /fixture/slow?millis=500 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.token("agency") + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(100);
            socket.setSoLinger(true, 0);
        }

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> SlowFixtureResource.FINISHED.get() == before + 1);
    }
}
