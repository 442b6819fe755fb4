package cn.medins.messaging.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import cn.medins.testing.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

/**
 * What every service promises before it has any domain: it starts against the real broker and database, reports
 * ready only when both are reachable and its token verification keys are loaded, migrates its schema, relays its
 * outbox, and serves metrics and OpenAPI. Each service runs it as a {@code @QuarkusTest} subclass.
 */
public abstract class ServiceFoundationContract {

    private static final EventType PROBE = EventType.v1("test", "FoundationProbe");

    @Inject
    Outbox outbox;

    private static String database() {
        String jdbcUrl = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    private static String applicationName() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    @Test
    void isReadyOnlyWithItsDatabaseBrokerOutboxRelayAndVerificationKeys() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "SmallRye Reactive Messaging - readiness check"))
                .body("checks.find { it.name == 'jwt-verification-keys' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'jwt-verification-keys' }.data.kids", equalTo(TestTokens.signingKeys().keyId()));
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"));
    }

    @Test
    void migratesTheSharedMessagingTables() {
        assertThat(TestDatabase.number(database(), "select count(*) from flyway_schema_history where success and version = '0.1'")).isEqualTo(1);
    }

    @Test
    void relaysACommittedOutboxEventToKafkaExactlyOnce() throws Throwable {
        String key = "probe-" + UUID.randomUUID();
        UUID id = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> outbox.publish(OutgoingEvent.aboutPerson(Topics.NOTIFICATIONS, PROBE, key, Map.of("probe", key)))));

        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.NOTIFICATIONS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> key.equals(r.key())));
        List<ConsumerRecord<String, byte[]>> mine = records.stream().filter(r -> key.equals(r.key())).toList();
        assertThat(mine).hasSize(1);
        assertThat(TestKafka.header(mine.get(0), CloudEventHeaders.ID)).isEqualTo(id.toString());
        assertThat(TestKafka.header(mine.get(0), CloudEventHeaders.SOURCE)).isEqualTo(applicationName());
    }

    @Test
    void servesPrometheusMetricsAndOpenApi() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200).body("openapi", containsString("3."));
    }
}
