package cn.medins.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.messaging.fixture.AnnouncementService;
import cn.medins.messaging.fixture.BirthCertificateConsumer;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class MessagingGuaranteesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AnnouncementService announcements;

    @Test
    void aCommittedEventReachesItsTopicExactlyOnceWithCloudEventsHeaders() throws Throwable {
        String insuredId = "P" + UUID.randomUUID();
        UUID eventId = VertxContextSupport.subscribeAndAwait(() -> announcements.announce(insuredId, "committed"));

        List<ConsumerRecord<String, byte[]>> mine = recordsWithKey(Topics.ENROLLMENT_EVENTS, insuredId, 1);
        assertThat(mine).hasSize(1);
        ConsumerRecord<String, byte[]> record = mine.get(0);
        assertThat(TestKafka.header(record, CloudEventHeaders.ID)).isEqualTo(eventId.toString());
        assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo("test.Announced.v1");
        assertThat(TestKafka.header(record, CloudEventHeaders.SOURCE)).isEqualTo("messaging-test");
        assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(insuredId);
        assertThat(TestKafka.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TestKafka.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(TestKafka.value(record)).isEqualTo("{\"text\":\"committed\"}");
        Awaitility.await().atMost(WAIT).until(() -> sentAt(eventId) != null);

        assertThat(recordsWithKey(Topics.ENROLLMENT_EVENTS, insuredId, 1)).as("still exactly one after the relay ran again").hasSize(1);
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() throws Throwable {
        String insuredId = "P" + UUID.randomUUID();
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> announcements.announceThenFail(insuredId, "lost")))
                .isInstanceOf(IllegalStateException.class);
        String marker = "P" + UUID.randomUUID();
        VertxContextSupport.subscribeAndAwait(() -> announcements.announce(marker, "after"));

        recordsWithKey(Topics.ENROLLMENT_EVENTS, marker, 1);
        assertThat(TestKafka.readAll(Topics.ENROLLMENT_EVENTS)).noneMatch(r -> insuredId.equals(r.key()));
        assertThat(count("select count(*) from outbox_event where record_key = ?", TestDatabase.sealed(insuredId))).isZero();
    }

    @Test
    void thePartnerRecordDeliveredTwiceWithoutHeadersHasOneEffect() {
        String certificateNo = "Q" + System.nanoTime();
        String json = birthCertificate(certificateNo);

        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo, json);
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo, json);

        Awaitility.await().atMost(WAIT).until(() -> count("select count(*) from processed_event where consumer = 'messaging-test-births' and event_id like ? and business_key = ?",
                Topics.BIRTH_CERTIFICATES + "-%", TestDatabase.sealed(certificateNo)) == 1
                && count("select count(*) from applied_effect where certificate_no = ?", certificateNo) == 1);
        List<ConsumerRecord<String, byte[]>> announced = recordsWithKey(Topics.NOTIFICATIONS, certificateNo, 1);
        assertThat(announced).hasSize(1);
        assertThat(TestKafka.header(announced.get(0), CloudEventHeaders.TYPE))
                .isEqualTo(BirthCertificateConsumer.EFFECT_APPLIED.toString());
    }

    @Test
    void theSameCloudEventDeliveredTwiceHasOneEffect() {
        String certificateNo = "Q" + System.nanoTime();
        byte[] json = birthCertificate(certificateNo).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, "health.BirthCertificateIssued.v1");

        TestKafka.send(Topics.BIRTH_CERTIFICATES, certificateNo, json, headers);
        TestKafka.send(Topics.BIRTH_CERTIFICATES, certificateNo, json, headers);
        String marker = "Q" + System.nanoTime();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, marker, birthCertificate(marker));

        Awaitility.await().atMost(WAIT).until(() -> count("select count(*) from applied_effect where certificate_no = ?", marker) == 1);
        assertThat(count("select count(*) from applied_effect where certificate_no = ?", certificateNo)).isEqualTo(1);
    }

    @Test
    void aRecordFailingItsSchemaGoesToTheDeadLetterTopicWithTheFieldNamedAndTheConsumerGoesOn() {
        String broken = "Q" + System.nanoTime();
        String valid = "Q" + (System.nanoTime() + 1);
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, broken, birthCertificate(broken).replace("\"birthDate\":\"2026-03-14\",", ""));
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, valid, birthCertificate(valid));

        ConsumerRecord<String, byte[]> dead = recordsWithKey(Topics.deadLetterOf(Topics.BIRTH_CERTIFICATES), broken, 1).get(0);
        assertThat(TestKafka.header(dead, CloudEventHeaders.DLQ_REASON)).contains("$.birthDate");
        assertThat(TestKafka.header(dead, CloudEventHeaders.DLQ_CONSUMER)).isEqualTo("messaging-test-births");
        assertThat(TestKafka.header(dead, CloudEventHeaders.DLQ_ORIGINAL_TOPIC)).isEqualTo(Topics.BIRTH_CERTIFICATES);
        assertThat(TestKafka.value(dead)).contains(broken);
        Awaitility.await().atMost(WAIT).until(() -> count("select count(*) from applied_effect where certificate_no = ?", valid) == 1);
        assertThat(count("select count(*) from applied_effect where certificate_no = ?", broken)).isZero();
    }

    @Test
    void bytesThatAreNotJsonAreDeadLetteredUnchanged() {
        String key = "garbage-" + System.nanoTime();
        byte[] garbage = {(byte) 0xC3, (byte) 0x28, '{', (byte) 0xFF};
        TestKafka.send(Topics.BIRTH_CERTIFICATES, key, garbage, Map.of());

        ConsumerRecord<String, byte[]> dead = recordsWithKey(Topics.deadLetterOf(Topics.BIRTH_CERTIFICATES), key, 1).get(0);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(TestKafka.header(dead, CloudEventHeaders.DLQ_REASON)).startsWith("record value is not valid UTF-8 JSON");
    }

    @Test
    void aHostilelyDeepRecordIsDeadLetteredByTheParserLimit() {
        String key = "deep-" + System.nanoTime();
        String deep = "{\"certificateNo\":\"" + key + "\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, key, deep);

        ConsumerRecord<String, byte[]> dead = recordsWithKey(Topics.deadLetterOf(Topics.BIRTH_CERTIFICATES), key, 1).get(0);
        assertThat(TestKafka.header(dead, CloudEventHeaders.DLQ_REASON)).contains("nesting depth");
    }

    @Test
    void anEffectThatRefusesTheRecordLeavesNothingBehindButTheDeadLetter() {
        String refused = "REJECT" + System.nanoTime();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, refused, birthCertificate(refused));

        ConsumerRecord<String, byte[]> dead = recordsWithKey(Topics.deadLetterOf(Topics.BIRTH_CERTIFICATES), refused, 1).get(0);
        assertThat(TestKafka.header(dead, CloudEventHeaders.DLQ_REASON)).isEqualTo("certificate " + refused + " is refused by the effect");
        assertThat(count("select count(*) from applied_effect where certificate_no = ?", refused)).isZero();
        assertThat(count("select count(*) from outbox_event where topic = ? and record_key = ?", Topics.NOTIFICATIONS, TestDatabase.sealed(refused))).isZero();
    }

    @Test
    void anEffectThatFailsOnceIsRetriedAndAppliedOnceAndTheConsumerGoesOn() {
        String flaky = "FLAKY" + System.nanoTime();
        String next = "Q" + System.nanoTime();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, flaky, birthCertificate(flaky));
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, next, birthCertificate(next));

        Awaitility.await().atMost(WAIT).until(() -> count("select count(*) from applied_effect where certificate_no = ?", next) == 1);
        assertThat(count("select count(*) from applied_effect where certificate_no = ?", flaky)).isEqualTo(1);
        assertThat(count("select count(*) from processed_event where business_key = ? and outcome = 'APPLIED'", TestDatabase.sealed(flaky))).isEqualTo(1);
    }

    @Test
    void anEffectThatKeepsFailingIsDeadLetteredWithTheFailureAfterItsAttemptsAndTheConsumerGoesOn() {
        String broken = "BROKEN" + System.nanoTime();
        String next = "Q" + System.nanoTime();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, broken, birthCertificate(broken));
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, next, birthCertificate(next));

        ConsumerRecord<String, byte[]> dead = recordsWithKey(Topics.deadLetterOf(Topics.BIRTH_CERTIFICATES), broken, 1).get(0);
        assertThat(TestKafka.header(dead, CloudEventHeaders.DLQ_REASON))
                .isEqualTo("processing failed: IllegalStateException: the effect of " + broken + " failed");
        Awaitility.await().atMost(WAIT).until(() -> count("select count(*) from applied_effect where certificate_no = ?", next) == 1);
        assertThat(count("select count(*) from applied_effect where certificate_no = ?", broken)).isZero();
    }

    @Test
    void idNumbersInKeysAndPayloadsAreSealedInTheOutboxYetPublishedIntact() {
        String first17 = "37160219900101" + String.format("%03d", System.nanoTime() % 1000);
        String idNumber = first17 + IdNumbers.checkDigit(first17);
        String refused = "REJECT" + System.nanoTime();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, idNumber, birthCertificate(refused, idNumber));

        ConsumerRecord<String, byte[]> dead = recordsWithKey(Topics.deadLetterOf(Topics.BIRTH_CERTIFICATES), idNumber, 1).get(0);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains(idNumber);
        assertThat(count("select count(*) from outbox_event where record_key = ?", TestDatabase.sealed(idNumber))).isEqualTo(1);
        assertThat(TestDatabase.tablesContaining("messaging", idNumber)).isEmpty();
    }

    private static List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key, int atLeast) {
        return TestKafka.readUntil(topic, WAIT, records -> records.stream().filter(r -> key.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String birthCertificate(String certificateNo) {
        return birthCertificate(certificateNo, "371602199001011221");
    }

    private static String birthCertificate(String certificateNo, String mothersIdNumber) {
        return """
                {"certificateNo":"%s","newbornName":"张小宝","sex":"F","birthDate":"2026-03-14",
                 "birthInstitutionId":"H3716001","regionCode":"371600",
                 "mother":{"idNumber":"%s","name":"李娜"}}""".formatted(certificateNo, mothersIdNumber);
    }

    private static long count(String sql, Object... parameters) {
        return TestDatabase.number("messaging", sql, parameters);
    }

    private static Object sentAt(UUID eventId) {
        return TestDatabase.single("messaging", "select sent_at from outbox_event where id = ?", eventId);
    }
}
