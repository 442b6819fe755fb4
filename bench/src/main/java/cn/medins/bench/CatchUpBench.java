package cn.medins.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.settlement.SettlementEvents;

/**
 * A backlog of {@code ClaimSettled} events written to {@code settlement.events} as fast as the broker takes them while
 * audit and assistance are paused, then the time from their resumption until each consumer group has committed past
 * the end: the rate at which a consumer that was down catches up.
 */
final class CatchUpBench {

    private static final List<String> GROUPS = List.of("audit-service", "assistance-service");
    private static final int PERSONS = 20_000;

    private CatchUpBench() {
    }

    static String run(Options options) throws Exception {
        Suite suite = new Suite(options);
        int count = options.integer("count", 100_000);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka);
        try (Admin admin = Admin.create(props)) {
            Instant start = Instant.now();
            // The consumers are paused while the backlog is written, as if they were down, and resumed once it is all
            // on the topic; a consumer the benchmark cannot pause starts on the backlog while it is being written.
            List<ProcessHandle> paused = Signals.pause(GROUPS);
            Map<TopicPartition, Long> end;
            Map<String, Long> leftAtPublished = new HashMap<>();
            try {
                publishBacklog(suite.kafka, count, Suite.freshPersonRange(options));
                end = endOffsets(admin);
                for (String group : GROUPS) {
                    leftAtPublished.put(group, lag(admin, group, end));
                }
            } finally {
                Signals.resume(paused);
            }
            Instant published = Instant.now();
            Map<String, Duration> caughtUp = new HashMap<>();
            Instant deadline = Instant.now().plus(options.seconds("timeout", 600));
            while (caughtUp.size() < GROUPS.size() && Instant.now().isBefore(deadline)) {
                for (String group : GROUPS) {
                    if (!caughtUp.containsKey(group) && lag(admin, group, end) == 0) {
                        caughtUp.put(group, Duration.between(published, Instant.now()));
                    }
                }
                Thread.sleep(250);
            }
            return GROUPS.stream().map(group -> caughtUp.containsKey(group)
                    ? String.format(Locale.ROOT, "%s=%.0f events/s (%d left when published, drained in %.1fs)", group,
                            leftAtPublished.get(group) / Math.max(0.001, caughtUp.get(group).toMillis() / 1000.0),
                            leftAtPublished.get(group), caughtUp.get(group).toMillis() / 1000.0)
                    : group + "=not caught up")
                    .collect(Collectors.joining(" ", String.format(Locale.ROOT,
                            "catch-up: backlog=%d published in %.1fs, %d consumer processes paused meanwhile ", count,
                            Duration.between(start, published).toMillis() / 1000.0, paused.size()), ""));
        }
    }

    private static void publishBacklog(String bootstrap, int count, int firstPerson) {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Instant runStart = Instant.now();
        long firstPack = SyntheticClaims.firstPackOfRun(runStart);
        // persons of this run only: the days of an earlier run's persons are taken, and a second visit would be flagged
        String persons = "BENCH" + Long.toString(runStart.getEpochSecond(), 36) + "-";
        try (KafkaProducer<String, byte[]> producer = Kafka.producer(bootstrap)) {
            for (int i = 0; i < count; i++) {
                String insuredId = persons + (i % PERSONS);
                String id = UUID.randomUUID().toString();
                // ID numbers as settled claims carry them (assistance's matchers look a person up by it), from the
                // fresh range the other benchmarks enrol their persons from
                String idNumber = IdNumberFactory.of(SyntheticClaims.REGION, LocalDate.of(1950, 1, 1), firstPerson + i % PERSONS);
                String json = Json.write(claimSettled(id, insuredId, idNumber, SyntheticClaims.visitDay(yesterday, i, PERSONS),
                        firstPack + i));
                producer.send(Kafka.record(Topics.SETTLEMENT_EVENTS, insuredId, json, Map.of(
                        CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                        CloudEventHeaders.ID, id,
                        CloudEventHeaders.TYPE, SettlementEvents.CLAIM_SETTLED.toString(),
                        CloudEventHeaders.SOURCE, "/bench/catch-up",
                        CloudEventHeaders.TIME, OffsetDateTime.now().toString(),
                        CloudEventHeaders.SUBJECT, insuredId,
                        CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)));
            }
        }
    }

    static SettlementEvents.ClaimSettled claimSettled(String settlementId, String insuredId, String idNumber, LocalDate date,
            long packSerial) {
        ClaimRequest claim = SyntheticClaims.outpatient("C" + settlementId, null, date, packSerial);
        List<SettlementEvents.Item> items = claim.items().stream().map(item -> new SettlementEvents.Item(item.code(),
                item.name(), item.catalogClass(), item.category(), item.quantity(), item.unitPrice(),
                item.quantity().multiply(item.unitPrice()).setScale(2, java.math.RoundingMode.HALF_UP), null, item.traceCodes()))
                .toList();
        BigDecimal total = items.stream().map(SettlementEvents.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        SettlementEvents.FundSplit split = new SettlementEvents.FundSplit(total, total, zero, zero, zero, zero, zero, zero,
                zero, total);
        return new SettlementEvents.ClaimSettled(settlementId, claim.requestId(),
                new SettlementEvents.Patient(insuredId, idNumber, Sex.F, IdNumbers.birthDate(idNumber).orElseThrow(), Scheme.RESIDENT,
                        Category.ADULT, SyntheticClaims.REGION, null),
                claim.institutionId(), claim.institutionLevel(), claim.institutionRegionCode(), claim.visitType(),
                date, null, null, claim.diagnoses().stream()
                        .map(d -> new SettlementEvents.Diagnosis(d.code(), d.principal())).toList(),
                items, split, "bench", OffsetDateTime.now());
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.SETTLEMENT_EVENTS)).allTopicNames().get()
                .get(Topics.SETTLEMENT_EVENTS).partitions().stream()
                .map(p -> new TopicPartition(Topics.SETTLEMENT_EVENTS, p.partition())).toList();
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Records of the backlog the group has not committed yet. */
    private static long lag(Admin admin, String group, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata offset = committed.get(partition.getKey());
            lag += Math.max(0, partition.getValue() - (offset == null ? 0 : offset.offset()));
        }
        return lag;
    }
}
