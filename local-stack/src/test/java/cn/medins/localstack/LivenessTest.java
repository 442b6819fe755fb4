package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LivenessTest {

    // as Quarkus 3 serves it when a Kafka consumer lost its broker
    private static final String QUARKUS_DOWN = """
            {
                "status": "DOWN",
                "checks": [
                    {
                        "name": "SmallRye Reactive Messaging - liveness check",
                        "status": "DOWN",
                        "data": {
                            "audit-events-in": "[KO] - Topic audit.events: no broker reachable",
                            "audit-events-out": "[OK]",
                            "claims-in": "[KO] - consumer closed"
                        }
                    },
                    {
                        "name": "Database connections health check",
                        "status": "UP",
                        "data": { "<default>": "UP" }
                    },
                    {
                        "name": "Stuck \\"scheduler\\" \\u2013 2",
                        "status": "DOWN"
                    }
                ]
            }""";

    @Test
    void onlyA200IsUp() {
        assertThat(Liveness.answered(200, "{\"status\":\"UP\",\"checks\":[]}").isUp()).isTrue();
        assertThat(Liveness.answered(200, "").isUp()).isTrue();
        assertThat(Liveness.answered(503, "{\"status\":\"UP\"}").isUp()).isFalse();
        assertThat(Liveness.answered(404, "not found").state()).isEqualTo(Liveness.State.DOWN);
        assertThat(Liveness.answered(500, "").verb()).isEqualTo("DOWN");
        assertThat(Liveness.notAnswering("connect timed out").verb()).isEqualTo("not answering");
    }

    @Test
    void aDownAnswerNamesItsDownChecksWithTheirFailingChannels() {
        Liveness down = Liveness.answered(503, QUARKUS_DOWN);

        assertThat(down.state()).isEqualTo(Liveness.State.DOWN);
        assertThat(down.detail()).isEqualTo("checks DOWN: SmallRye Reactive Messaging - liveness check: audit-events-in, "
                + "claims-in, Stuck \"scheduler\" \u2013 2");
    }

    @Test
    void namesAndStatusesInsideACheckDataAreNotTakenForChecks() {
        String body = """
                {"checks":[{"name":"db","status":"UP","data":{"name":"fake","status":"DOWN","checks":[{"name":"x","status":"DOWN"}]}}],
                 "status":"DOWN"}""";

        assertThat(Liveness.downChecks(body)).isEmpty();
        assertThat(Liveness.answered(503, body).detail()).isEqualTo("HTTP 503");
    }

    @Test
    void aBodyThatIsNoHealthReportStillCountsAsDownWithItsStatusCode() {
        for (String body : List.of("", "Service Unavailable", "{\"checks\":", "[1,2]", "{\"checks\":{}}", "{\"a\":1} x")) {
            assertThat(Liveness.answered(503, body).detail()).as(body).isEqualTo("HTTP 503");
        }
        assertThat(Liveness.answered(503, null).detail()).isEqualTo("HTTP 503");
    }
}
