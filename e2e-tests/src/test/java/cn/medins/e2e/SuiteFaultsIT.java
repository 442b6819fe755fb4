package cn.medins.e2e;

import static cn.medins.e2e.SuiteClient.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.e2e.SuiteClient.Caller;
import cn.medins.e2e.SuiteClient.Reply;
import cn.medins.localstack.SuiteService;

/**
 * What the suite must survive: a service killed with SIGKILL in the middle of a stream of partner records, the broker
 * or the database going away under load, two claims of one person at the same instant. Every effect happens exactly
 * once, and what cannot be done while a dependency is away is refused cleanly and done when it returns.
 */
@ExtendWith(Suite.class)
class SuiteFaultsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Caller HOSPITAL = Caller.institution(Claims.HOSPITAL);

    private static final SuiteClient suite = Suite.client();

    @Test
    void enrollmentKilledWithSigkillWhileBirthCertificatesStreamInEnrolsEveryNewbornExactlyOnce() {
        int total = 150;
        List<String> certificates = new ArrayList<>();
        String mother = People.adult();
        for (int i = 0; i < total / 3; i++) {
            certificates.add(sendCertificate(mother));
        }
        long killedPid = Suite.stack().kill(SuiteService.ENROLLMENT);
        System.out.printf("SIGKILL of enrollment with %d of the first %d certificates applied%n",
                personsWithCertificates(certificates), certificates.size());
        for (int i = total / 3; i < total; i++) {
            certificates.add(sendCertificate(mother));
        }

        assertThat(Suite.stack().awaitReady(SuiteService.ENROLLMENT, Duration.ofSeconds(180))).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> personsWithCertificates(certificates) == total);

        assertThat(ProcessHandle.of(killedPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertEnrolledOnceEach(certificates, value -> value.path("person").path("birthCertificateNo").asText());
    }

    /**
     * Four hospital desks settle stays of ten residents while settlement is killed with SIGKILL. A desk that loses its
     * connection retries the same {@code requestId} until the restarted service answers, as a hospital system does.
     * Every claim is settled once, and each person's accumulators are exactly the sum of their settled splits.
     */
    @Test
    void settlementKilledWithSigkillWhileHospitalsSettleSettlesEveryClaimOnceAndKeepsTheAccumulatorsExact() throws Exception {
        Map<String, String> residents = suite.enrolledAndProjected(10);
        AtomicInteger connectionsLost = new AtomicInteger();
        HospitalDesks desks = new HospitalDesks(List.copyOf(residents.keySet()), TODAY.minusDays(3), "12000.00",
                claim -> settleRetrying(claim, connectionsLost));
        Thread.sleep(6000);
        long killedPid = Suite.stack().kill(SuiteService.SETTLEMENT);
        int sentBeforeTheKill = desks.claimsSoFar();
        assertThat(Suite.stack().awaitReady(SuiteService.SETTLEMENT, Duration.ofSeconds(180))).isTrue();
        Thread.sleep(10_000);
        List<String> requestIds = desks.stop();
        System.out.printf("SIGKILL of settlement after %d claims; %d claims in all, %d attempts met no service%n",
                sentBeforeTheKill, requestIds.size(), connectionsLost.get());

        assertThat(ProcessHandle.of(killedPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(connectionsLost.get()).isPositive();
        List<SuiteClient.Event> settled = suite.awaitEvents(Topics.SETTLEMENT_EVENTS, ofType(SettlementEvents.CLAIM_SETTLED,
                value -> requestIds.contains(value.path("requestId").asText())), requestIds.size(), Duration.ofSeconds(60));
        Map<String, Long> byRequest = countBy(settled, value -> value.path("requestId").asText());
        assertThat(byRequest.keySet()).containsExactlyInAnyOrderElementsOf(requestIds);
        assertThat(byRequest.values()).containsOnly(1L);
        // Downstream, audit screens each claim once, however often its event came (one billed_claim row per settlement).
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> suite.count(SuiteService.AUDIT,
                "select count(*) from billed_claim where request_id = any (?)", requestIds) == requestIds.size());
        for (String insuredId : residents.values()) {
            JsonNode accumulators = suite.get(SuiteService.SETTLEMENT, "/persons/" + insuredId + "/accumulators", Caller.AGENCY).body();
            List<JsonNode> splits = distinct(settled).stream().map(SuiteClient.Event::value)
                    .filter(value -> insuredId.equals(value.path("patient").path("insuredId").asText()))
                    .map(value -> value.path("split")).toList();
            assertThat(accumulators.path("inpatientBasic").decimalValue()).isEqualByComparingTo(sum(splits, "basicPool"));
            assertThat(accumulators.path("criticalIllness").decimalValue()).isEqualByComparingTo(sum(splits, "criticalIllness"));
            assertThat(accumulators.path("inpatientStays").asInt()).isEqualTo(splits.size());
        }
    }

    /**
     * Twenty residents with a settled stay are granted low-income status from the start of the year while assistance
     * is killed with SIGKILL. Each is paid the assistance the stay missed exactly once, and no decision is paid twice.
     */
    @Test
    void assistanceKilledWithSigkillWhileGrantsStreamInPaysEachPersonOnce() {
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String idNumber = People.adult();
            enrolResident(idNumber);
            residents.add(idNumber);
        }
        for (String idNumber : residents) {
            Map<String, Object> stay = Claims.inpatient(Claims.HOSPITAL, idNumber, TODAY.minusDays(20), 6, "J18.9", "60000.00");
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, stay).status() / 100 == 2);
        }
        long killedPid = 0;
        for (int i = 0; i < residents.size(); i++) {
            if (i == residents.size() / 3) {
                killedPid = Suite.stack().kill(SuiteService.ASSISTANCE);
                System.out.printf("SIGKILL of assistance with %d of the first %d residents paid%n",
                        suite.events(Topics.PAYMENT_INSTRUCTIONS, event -> residents.contains(event.value().path("idNumber").asText()))
                                .size(), i);
            }
            suite.publish(Topics.ASSISTANCE_STATUS, residents.get(i), PartnerRecords.lowIncomeGrant(residents.get(i)));
        }

        assertThat(Suite.stack().awaitReady(SuiteService.ASSISTANCE, Duration.ofSeconds(180))).isTrue();
        List<SuiteClient.Event> retroactive = suite.awaitEvents(Topics.PAYMENT_INSTRUCTIONS,
                event -> residents.contains(event.value().path("idNumber").asText())
                        && event.value().path("reason").asText().startsWith("RETROACTIVE_ASSISTANCE"),
                residents.size(), Duration.ofSeconds(180));
        assertThat(ProcessHandle.of(killedPid).filter(ProcessHandle::isAlive)).isEmpty();
        Map<String, Long> paid = countBy(retroactive, value -> value.path("idNumber").asText());
        assertThat(paid.keySet()).containsExactlyInAnyOrderElementsOf(residents);
        assertThat(paid.values()).containsOnly(1L);
        List<SuiteClient.Event> payments = suite.events(Topics.PAYMENT_INSTRUCTIONS,
                event -> residents.contains(event.value().path("idNumber").asText()));
        assertThat(distinct(payments).stream().map(event -> event.value().path("decisionId").asText())).doesNotHaveDuplicates();
    }

    /** As a hospital system does: the same request again until the service answers; a 503 or no service is not an answer. */
    private static void settleRetrying(Map<String, Object> claim, AtomicInteger connectionsLost) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Reply reply = suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claim);
                if (reply.status() == 200 || reply.status() == 201) {
                    return;
                }
                assertThat(reply.status()).as(reply.text()).isEqualTo(503);
            } catch (UncheckedIOException noService) {
                connectionsLost.incrementAndGet();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("claim " + claim.get("requestId") + " not settled within 180 s");
    }

    private static BigDecimal sum(List<JsonNode> splits, String part) {
        return splits.stream().map(split -> split.path(part).decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theBrokerDownWhileEnrolmentsAreMadeLosesNoEventAndSettlementProjectsEveryPerson() throws Exception {
        int total = 30;
        List<String> insuredIds = new CopyOnWriteArrayList<>();
        ScheduledExecutorService counter = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger made = new AtomicInteger();
        // One enrolment at the counter every 600 ms, before, during and after a 12 s outage of the broker.
        counter.scheduleAtFixedRate(() -> {
            if (made.getAndIncrement() < total) {
                insuredIds.add(enrolResident(People.adult()));
            }
        }, 0, 600, TimeUnit.MILLISECONDS);
        int beforeOutage = made.get();
        Suite.stack().restartKafka(Duration.ofSeconds(12));
        System.out.printf("%d of %d enrolments made while the broker was stopped, away and starting again%n",
                Math.min(made.get(), total) - beforeOutage, total);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> insuredIds.size() == total);
        counter.shutdownNow();

        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> settlementProjections(insuredIds) == total);
        assertEnrolledOnceEach(insuredIds, value -> value.path("person").path("insuredId").asText());
    }

    /**
     * Hospitals keep settling while PostgreSQL stops for 8 s: what needs the database is refused with a 503 problem
     * (never a 500, never an unanswered request), the hospital retries the same {@code requestId}, and once the
     * database is back the services serve again by themselves. Every claim is settled exactly once.
     */
    @Test
    void theDatabaseRestartedUnderLoadRefusesWith503AndEveryClaimIsSettledOnceAfterwards() throws Exception {
        Map<String, String> residents = suite.enrolledAndProjected(40);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> refusalsThatAreNotProblems = new CopyOnWriteArrayList<>();
        AtomicBoolean databaseBack = new AtomicBoolean();
        AtomicInteger settledAfterRestart = new AtomicInteger();
        HospitalDesks desks = new HospitalDesks(List.copyOf(residents.keySet()), TODAY.minusDays(3), "1200.00", claim -> {
            Reply reply;
            do {
                reply = suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claim);
                Reply read = suite.person((String) claim.get("idNumber"));
                for (Reply answer : List.of(reply, read)) {
                    statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (answer.status() >= 400 && !answer.isProblem()) {
                        refusalsThatAreNotProblems.add(answer.status() + " " + answer.text());
                    }
                }
                if (reply.status() == 503) {
                    Thread.sleep(250);
                }
            } while (reply.status() == 503);
            if (reply.status() == 201 && databaseBack.get()) {
                settledAfterRestart.incrementAndGet();
            }
        });
        Thread.sleep(3000);
        Suite.stack().restartPostgres(Duration.ofSeconds(8));
        databaseBack.set(true);
        int refusedDuringOutage = statuses.getOrDefault(503, new AtomicInteger()).get();
        Thread.sleep(20_000);
        List<String> requestIds = desks.stop();
        System.out.printf("database restart under load: %d claims sent, %d settled after the restart, answers by status %s%n",
                requestIds.size(), settledAfterRestart.get(), statuses);

        assertThat(statuses.keySet()).containsOnly(200, 201, 503);
        assertThat(refusedDuringOutage).isPositive();
        assertThat(refusalsThatAreNotProblems).isEmpty();
        assertThat(settledAfterRestart.get()).isPositive();
        Map<String, Long> settled = countBy(suite.awaitEvents(Topics.SETTLEMENT_EVENTS, ofType(SettlementEvents.CLAIM_SETTLED,
                value -> requestIds.contains(value.path("requestId").asText())), requestIds.size(), Duration.ofSeconds(60)),
                value -> value.path("requestId").asText());
        assertThat(settled.keySet()).containsExactlyInAnyOrderElementsOf(requestIds);
        assertThat(settled.values()).containsOnly(1L);
    }

    /**
     * Eight outpatient claims of one resident at the same instant, 200 yuan each: the pool would pay 60% of each, 960
     * in all, but the resident outpatient cap is 400 a year. The person's accumulator takes the claims one at a time,
     * so the pool pays exactly 400 and no claim spends what another already used.
     */
    @Test
    void eightClaimsOfOnePersonAtTheSameInstantNeverSpendMoreThanTheAnnualOutpatientCap() throws Exception {
        String idNumber = People.adult();
        String insuredId = enrolResident(idNumber);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> settlementProjections(List.of(insuredId)) == 1);
        CountDownLatch sameInstant = new CountDownLatch(1);
        ExecutorService counters = Executors.newFixedThreadPool(8);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> claim = Claims.drugSale(Claims.HOSPITAL, idNumber, TODAY, People.unique("8312"));
            claim.put("items", List.of(Map.of("code", "F00000000102", "name", "门诊诊疗", "catalogClass", "A",
                    "category", "TREATMENT", "quantity", 1, "unitPrice", new BigDecimal("200.00"))));
            replies.add(counters.submit(() -> {
                sameInstant.await();
                return suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claim);
            }));
        }
        sameInstant.countDown();
        BigDecimal paidByThePool = BigDecimal.ZERO;
        for (Future<Reply> reply : replies) {
            Reply settled = reply.get(60, TimeUnit.SECONDS);
            assertThat(settled.status()).as(settled.text()).isEqualTo(201);
            assertThat(Claims.sumOfParts(settled.body())).isEqualByComparingTo("200.00");
            paidByThePool = paidByThePool.add(settled.body().path("basicPool").decimalValue());
        }
        counters.shutdown();

        assertThat(paidByThePool).isEqualByComparingTo("400.00");
        JsonNode accumulators = suite.get(SuiteService.SETTLEMENT, "/persons/" + insuredId + "/accumulators", Caller.AGENCY).body();
        assertThat(accumulators.path("outpatientBasic").decimalValue()).isEqualByComparingTo("400.00");
    }

    /** Residents enrolled at the counter, by ID number with their insured id, once settlement's projection has them. */
    private static String enrolResident(String idNumber) {
        return suite.enrol(idNumber, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));
    }

    private static String sendCertificate(String mother) {
        String certificateNo = People.unique("Q");
        suite.publish(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo, TODAY.minusDays(1), mother));
        return certificateNo;
    }

    private static long personsWithCertificates(List<String> certificates) {
        return suite.count(SuiteService.ENROLLMENT, "select count(*) from person where birth_certificate_no = any (?)", certificates);
    }

    private static long settlementProjections(List<String> insuredIds) {
        return suite.count(SuiteService.SETTLEMENT, "select count(*) from insured_person where insured_id = any (?)", insuredIds);
    }

    /** One {@code PersonEnrolled} event for each of {@code keys}, as {@code keyOf} reads the key from the event. */
    private static void assertEnrolledOnceEach(List<String> keys, Function<JsonNode, String> keyOf) {
        // The person row and its outbox entry commit together; the relay publishes the entry a moment later, so a
        // person can be in the database before its event is on the topic. Waiting for the events (not asserting at
        // once) still fails when one is lost.
        Set<String> wanted = Set.copyOf(keys);
        List<List<SuiteClient.Event>> seen = new ArrayList<>(List.of(List.of()));
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                seen.set(0, suite.events(Topics.ENROLLMENT_EVENTS,
                        ofType(EnrollmentEvents.PERSON_ENROLLED, value -> wanted.contains(keyOf.apply(value)))));
                return seen.get(0).stream().map(event -> keyOf.apply(event.value())).collect(Collectors.toSet())
                        .containsAll(wanted);
            });
        } catch (org.awaitility.core.ConditionTimeoutException missing) {
            // fall through: the assertion below names the events that never came
        }
        Map<String, Long> enrolled = countBy(seen.get(0), keyOf);
        assertThat(enrolled.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(enrolled.values()).containsOnly(1L);
    }

    /**
     * Distinct events per key. An event is its {@code ce_id}: the relay marks a batch sent only after the broker
     * acknowledged it, so a crash between the two sends the same event again, which every consumer (and the bank, on
     * {@code reference}) recognises. Records on the wire beyond one per event are counted and printed, not failed.
     */
    private static Map<String, Long> countBy(List<SuiteClient.Event> events, Function<JsonNode, String> key) {
        List<SuiteClient.Event> distinct = distinct(events);
        if (distinct.size() < events.size()) {
            System.out.printf("%d records on the wire for %d events: %d sent again after a crash%n", events.size(),
                    distinct.size(), events.size() - distinct.size());
        }
        return distinct.stream().collect(Collectors.groupingBy(event -> key.apply(event.value()), Collectors.counting()));
    }

    private static List<SuiteClient.Event> distinct(List<SuiteClient.Event> events) {
        Map<String, SuiteClient.Event> byId = new LinkedHashMap<>();
        events.forEach(event -> byId.putIfAbsent(event.headers().get(CloudEventHeaders.ID), event));
        return List.copyOf(byId.values());
    }
}
