package cn.medins.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.contracts.settlement.SettlementEvents.Item;
import cn.medins.contracts.settlement.SettlementEvents.Patient;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import cn.medins.testing.TestKafka;

/** Settlement's side of the contract in tests: its events, sent with the CloudEvents headers its outbox relay writes. */
final class Settlements {

    static final LocalDate TODAY = LocalDate.now();

    private final ObjectMapper mapper;

    Settlements(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static String unique(String prefix) {
        return prefix + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    static String traceCode() {
        return "8312345" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L);
    }

    /** An outpatient visit today for an aspirin pack with the given traceability codes, at an institution in 3716. */
    static ClaimSettled aspirinVisit(String settlementId, String insuredId, String institutionId, String... traceCodes) {
        return drugVisit(settlementId, insuredId, institutionId, "XB01AC06", traceCodes);
    }

    /**
     * An outpatient visit today for packs of a class A drug at 15.50 each, one per traceability code; the basic pool
     * paid 60% (9.30 a pack), the patient the rest.
     */
    static ClaimSettled drugVisit(String settlementId, String insuredId, String institutionId, String drugCode,
            String... traceCodes) {
        BigDecimal price = new BigDecimal("15.50");
        BigDecimal quantity = BigDecimal.valueOf(traceCodes.length == 0 ? 1 : traceCodes.length);
        BigDecimal total = price.multiply(quantity).setScale(2);
        Item drug = new Item(drugCode, drugCode, CatalogClass.A, ItemCategory.DRUG, quantity, price, total, total,
                List.of(traceCodes));
        return visit(settlementId, insuredId, institutionId, List.of(drug));
    }

    /**
     * An outpatient visit today: one pack of a class B drug at 100.00 (in scope 90.00) with the traceability code, a
     * class A examination of 200.00 and a class C item of 50.00. In scope 290.00; the basic pool paid 60% of it, 174.00,
     * the patient 176.00.
     */
    static ClaimSettled mixedVisit(String settlementId, String insuredId, String institutionId, String traceCode) {
        return visit(settlementId, insuredId, institutionId, List.of(
                new Item("XB01AC06", "阿司匹林肠溶片", CatalogClass.B, ItemCategory.DRUG, BigDecimal.ONE, new BigDecimal("100.00"),
                        new BigDecimal("100.00"), new BigDecimal("90.00"), List.of(traceCode)),
                new Item("E0001", "超声检查", CatalogClass.A, ItemCategory.EXAMINATION, BigDecimal.ONE, new BigDecimal("200.00"),
                        new BigDecimal("200.00"), new BigDecimal("200.00"), List.of()),
                new Item("C0001", "自费材料", CatalogClass.C, ItemCategory.MATERIAL, BigDecimal.ONE, new BigDecimal("50.00"),
                        new BigDecimal("50.00"), new BigDecimal("0.00"), List.of())));
    }

    private static ClaimSettled visit(String settlementId, String insuredId, String institutionId, List<Item> items) {
        BigDecimal total = items.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal inScope = items.stream().map(Item::inScope).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal basic = inScope.multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
        FundSplit split = new FundSplit(total, inScope, BigDecimal.ZERO, BigDecimal.ZERO, basic, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, total.subtract(basic));
        Patient patient = new Patient(insuredId, null, Sex.F, LocalDate.of(1990, 1, 1), Scheme.RESIDENT, Category.ADULT,
                "371602", null);
        return new ClaimSettled(settlementId, "R-" + settlementId, patient, institutionId, 3, "371602", VisitType.OUTPATIENT,
                TODAY, null, null, List.of(new Diagnosis("I10", true)), items, split, "371600-2026",
                OffsetDateTime.now());
    }

    static ClaimSettled settledAt(ClaimSettled s, OffsetDateTime settledAt) {
        return new ClaimSettled(s.settlementId(), s.requestId(), s.patient(), s.institutionId(), s.institutionLevel(),
                s.institutionRegionCode(), s.visitType(), s.admissionDate(), s.dischargeDate(), s.maternity(),
                s.diagnoses(), s.items(), s.split(), s.policyVersion(), settledAt);
    }

    static SettlementReversed reversalOf(ClaimSettled settled) {
        return new SettlementReversed(settled.settlementId(), settled.requestId(), settled.patient().insuredId(),
                settled.institutionId(), settled.admissionDate(), settled.split(), "billing error", OffsetDateTime.now());
    }

    void settled(ClaimSettled settled) {
        send(SettlementEvents.CLAIM_SETTLED, settled.patient().insuredId(), json(settled));
    }

    void reversed(SettlementReversed reversed) {
        send(SettlementEvents.SETTLEMENT_REVERSED, reversed.insuredId(), json(reversed));
    }

    /** A record as settlement's outbox relay sends it: binary-mode CloudEvents headers, JSON value. */
    static void send(EventType type, String key, byte[] value) {
        TestKafka.send(Topics.SETTLEMENT_EVENTS, key, value, headers(type, key));
    }

    /**
     * Settlements and reversals sent back to back, as the relay sends a busy moment's events: on one person's key, a
     * waiting consumer receives them in one poll.
     */
    void inOnePoll(Object... events) {
        TestKafka.sendTogether(Arrays.stream(events).map(event -> event instanceof SettlementReversed reversed
                ? record(SettlementEvents.SETTLEMENT_REVERSED, reversed.insuredId(), json(reversed))
                : record(SettlementEvents.CLAIM_SETTLED, ((ClaimSettled) event).patient().insuredId(), json(event)))
                .toList());
    }

    /** Settlements sent back to back on one key, whoever's they are: a waiting consumer receives them in one poll. */
    void inOnePollOnKey(String key, ClaimSettled... events) {
        TestKafka.sendTogether(Arrays.stream(events)
                .map(event -> record(SettlementEvents.CLAIM_SETTLED, key, json(event)))
                .toList());
    }

    private static ProducerRecord<String, byte[]> record(EventType type, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.SETTLEMENT_EVENTS, key, value);
        headers(type, key).forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static Map<String, String> headers(EventType type, String key) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, type.toString(),
                CloudEventHeaders.SOURCE, "settlement-service",
                CloudEventHeaders.TIME, OffsetDateTime.now().toString(),
                CloudEventHeaders.SUBJECT, key,
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }

    private byte[] json(Object payload) {
        try {
            return mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
