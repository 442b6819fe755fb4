package cn.medins.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.core.JsonProcessingException;

import cn.medins.contracts.Topics;
import cn.medins.e2e.SuiteClient.Caller;
import cn.medins.e2e.SuiteClient.Reply;
import cn.medins.localstack.SuiteService;

/**
 * The counter never goes down: hospitals' software that gives up on its requests, a morning peak past capacity, and a
 * database that stops answering for a minute and a half. Each is normal weather; the services shed what they cannot
 * do, never leak what they hold, and recover by themselves, with every claim settled once or not at all.
 */
@ExtendWith(Suite.class)
class CounterUnderPressureIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Caller HOSPITAL = Caller.institution(Claims.HOSPITAL);
    private static final String ACTIVE_CONNECTIONS = "sql_pool_active{";
    private static final String IN_FLIGHT = "medins_admission_in_flight ";

    private static final SuiteClient suite = Suite.client();

    /**
     * Thousands of requests to every service's write endpoints, each abandoned at a random point: before its body is
     * complete, while its transaction runs, or as it is answered. Afterwards each pool holds no connection, ordinary
     * calls are served, no log line tells of a transaction closed half-way, and every abandoned settlement committed
     * once or not at all: retried with its {@code requestId}, it is either settled now or returns what was committed.
     */
    @Test
    void requestsAbandonedAtRandomPointsLeakNoConnectionAndCommitOnceOrNotAtAll() throws Exception {
        Map<Path, Long> logsBefore = logSizes();
        Map<String, String> residents = suite.enrolledAndProjected(40);
        List<String> idNumbers = List.copyOf(residents.keySet());
        List<String> settled = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> claim = outpatient(idNumbers.get(i), TODAY.minusDays(200));
            settled.add(suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claim).body().path("settlementId").asText());
        }
        List<Map<String, Object>> abandonedClaims = new CopyOnWriteArrayList<>();
        List<String> abandonedEnrolments = new CopyOnWriteArrayList<>();
        AtomicInteger sequence = new AtomicInteger();
        int total = 2_400;
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            AbandonedRequests client = new AbandonedRequests(t);
            pool.submit(() -> {
                for (int n = sequence.getAndIncrement(); n < total; n = sequence.getAndIncrement()) {
                    abandonOne(client, n, idNumbers, settled, abandonedClaims, abandonedEnrolments);
                    pace(threads, 150);
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        for (SuiteService service : SuiteService.values()) {
            Awaitility.await("connections of " + service + " back in the pool").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> suite.metric(service, ACTIVE_CONNECTIONS) == 0 && suite.metric(service, IN_FLIGHT) == 0);
        }
        Map<Integer, Long> retried = abandonedClaims.stream().collect(Collectors.groupingBy(
                claim -> suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claim).status(), Collectors.counting()));
        Map<Integer, Long> reEnrolled = abandonedEnrolments.stream().collect(Collectors.groupingBy(
                idNumber -> suite.post(SuiteService.ENROLLMENT, "/enrolments", Caller.AGENCY, enrolment(idNumber)).status(),
                Collectors.counting()));
        List<String> requestIds = abandonedClaims.stream().map(claim -> (String) claim.get("requestId")).toList();
        System.out.printf("%d requests abandoned; their settlements retried: %s (200: committed while the client was away); "
                + "their enrolments repeated: %s%n", total, retried, reEnrolled);

        assertThat(retried.keySet()).containsOnly(200, 201);
        assertThat(retried.get(200)).as("abandoned settlements that committed anyway").isPositive();
        assertThat(reEnrolled.keySet()).containsOnly(200, 201);
        assertThat(suite.count(SuiteService.SETTLEMENT, "select count(*) from settlement where request_id = any (?)", requestIds))
                .isEqualTo(requestIds.size());
        assertThat(suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, outpatient(idNumbers.get(0), TODAY)).status())
                .isEqualTo(201);
        assertThat(logLinesOfTornTransactions(logsBefore)).isEmpty();
    }

    /**
     * A minute of claims at several times what settlement can do, from clients that give up after two seconds. What it
     * cannot do in time is refused at once with a 503 problem and {@code Retry-After}; what it accepts is done whole;
     * when the peak is over it serves normally at once, without a restart, with every connection back in the pool.
     */
    @Test
    void aPeakPastCapacityIsShedWith503AndServedNormallyAsSoonAsItEnds() throws Exception {
        List<String> idNumbers = List.copyOf(suite.enrolledAndProjected(100).keySet());
        long settlementPid = Suite.stack().pid(SuiteService.SETTLEMENT);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = suite.token(HOSPITAL);
        int rate = 500;
        Duration peak = Duration.ofSeconds(60);
        Map<Outcome, List<String>> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, new CopyOnWriteArrayList<>());
        }
        List<Long> acceptedMillis = new CopyOnWriteArrayList<>();
        List<String> badRefusals = new CopyOnWriteArrayList<>();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        int offered = (int) (rate * peak.toSeconds());
        for (int n = 0; n < offered; n++) {
            long due = start + n * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Map<String, Object> claim = outpatient(idNumbers.get(n % idNumbers.size()), TODAY.minusDays(1 + n / idNumbers.size()));
            String requestId = (String) claim.get("requestId");
            claims.put(requestId, claim);
            HttpRequest request = HttpRequest.newBuilder(suite.uri(SuiteService.SETTLEMENT).resolve("/settlements"))
                    .timeout(Duration.ofSeconds(2)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json(claim))).build();
            long sent = System.nanoTime();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).handle((response, failure) -> {
                Outcome outcome = Outcome.of(response, failure, badRefusals);
                outcomes.get(outcome).add(requestId);
                if (outcome == Outcome.SETTLED) {
                    acceptedMillis.add((System.nanoTime() - sent) / 1_000_000);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        long peakEnded = System.nanoTime();
        Reply afterwards = SuiteClient.awaitStatus(201, Duration.ofSeconds(15),
                () -> suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, outpatient(idNumbers.get(0), TODAY)));
        long servedAfterMillis = (System.nanoTime() - peakEnded) / 1_000_000;
        Awaitility.await("connections back in the pool").atMost(Duration.ofSeconds(30))
                .until(() -> suite.metric(SuiteService.SETTLEMENT, ACTIVE_CONNECTIONS) == 0
                        && suite.metric(SuiteService.SETTLEMENT, IN_FLIGHT) == 0);
        List<Long> sorted = acceptedMillis.stream().sorted().toList();
        System.out.printf("peak of %d claims/s for %d s: %s; accepted p50 %d ms, p99 %d ms; served normally %d ms after the peak%n",
                rate, peak.toSeconds(), outcomes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size())
                        .collect(Collectors.joining(", ")), percentile(sorted, 0.50), percentile(sorted, 0.99), servedAfterMillis);

        assertThat(badRefusals).isEmpty();
        assertThat(outcomes.get(Outcome.SETTLED)).isNotEmpty();
        assertThat(outcomes.get(Outcome.SHED)).as("refused at once as overloaded").isNotEmpty();
        assertThat(afterwards.status()).isEqualTo(201);
        assertThat(Suite.stack().pid(SuiteService.SETTLEMENT)).isEqualTo(settlementPid);
        // Nothing half-done: what was answered 201 is settled once, what was shed was never started, and what the
        // client gave up on is settled once or not at all, as its retry shows.
        assertThat(settledCount(outcomes.get(Outcome.SETTLED))).isEqualTo(outcomes.get(Outcome.SETTLED).size());
        assertThat(settledCount(outcomes.get(Outcome.SHED))).isZero();
        List<String> unknown = Stream.of(Outcome.GAVE_UP, Outcome.STILL_PROCESSING, Outcome.UNAVAILABLE)
                .flatMap(outcome -> outcomes.get(outcome).stream()).toList();
        for (String requestId : unknown) {
            assertThat(suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claims.get(requestId)).status()).isIn(200, 201);
        }
        assertThat(settledCount(unknown)).isEqualTo(unknown.size());
    }

    /**
     * PostgreSQL frozen (SIGSTOP, every process of it) for 90 s while four hospital desks settle and birth certificates
     * arrive: the counter answers 503 problems while it lasts, no consumer is left failed, no service is restarted, and
     * once it thaws every claim is settled once and every newborn enrolled once, with nobody's help.
     */
    @Test
    void aDatabaseFrozenForNinetySecondsUnderLoadAnswers503AndEverythingResumesByItself() throws Exception {
        Map<String, String> residents = suite.enrolledAndProjected(40);
        Map<SuiteService, Long> pids = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            pids.put(service, Suite.stack().pid(service));
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean frozen = new AtomicBoolean();
        AtomicInteger refusedWhileFrozen = new AtomicInteger();
        HospitalDesks desks = new HospitalDesks(List.copyOf(residents.keySet()), TODAY.minusDays(5), "900.00", claim -> {
            Reply reply;
            do {
                reply = suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claim);
                statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
                if (reply.status() == 503) {
                    if (frozen.get()) {
                        refusedWhileFrozen.incrementAndGet();
                    }
                    Thread.sleep(500);
                }
            } while (reply.status() == 503);
        });
        Thread.sleep(3000);
        String mother = People.adult();
        List<String> certificates = new ArrayList<>();
        frozen.set(true);
        Suite.stack().freezePostgres(Duration.ofSeconds(90), () -> {
            for (int i = 0; i < 20; i++) {
                certificates.add(sendCertificate(mother));
            }
        });
        frozen.set(false);
        Thread.sleep(15_000);
        List<String> requestIds = desks.stop();
        String afterwards = sendCertificate(mother);
        certificates.add(afterwards);
        System.out.printf("database frozen for 90 s under load: %d claims, answers by status %s, %d refusals while frozen%n",
                requestIds.size(), statuses, refusedWhileFrozen.get());

        assertThat(statuses.keySet()).isSubsetOf(200, 201, 503);
        assertThat(refusedWhileFrozen.get()).isPositive();
        Awaitility.await("every claim settled once").atMost(Duration.ofSeconds(60))
                .until(() -> settledCount(requestIds) == requestIds.size());
        assertThat(suite.count(SuiteService.SETTLEMENT, "select count(distinct request_id) from settlement where request_id = any (?)",
                requestIds)).isEqualTo(requestIds.size());
        Awaitility.await("every newborn enrolled once").atMost(Duration.ofSeconds(90)).until(() -> suite.count(SuiteService.ENROLLMENT,
                "select count(*) from person where birth_certificate_no = any (?)", certificates) == certificates.size());
        for (SuiteService service : SuiteService.values()) {
            assertThat(Suite.stack().pid(service)).as(service + " not restarted").isEqualTo(pids.get(service));
            assertThat(suite.get(service, "/q/health/live", Caller.AGENCY).status()).as(service + " live").isEqualTo(200);
        }
    }

    /** What a caller of the peak learnt of its claim. */
    private enum Outcome {
        SETTLED, SHED, STILL_PROCESSING, UNAVAILABLE, GAVE_UP, OTHER;

        static Outcome of(HttpResponse<String> response, Throwable failure, List<String> badRefusals) {
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                return cause instanceof HttpTimeoutException || cause instanceof IOException ? GAVE_UP : OTHER;
            }
            if (response.statusCode() == 201) {
                return SETTLED;
            }
            String type = response.statusCode() == 503 ? problemType(response) : "";
            boolean toldWhenToRetry = response.headers().firstValue("Retry-After").isPresent();
            Outcome outcome = !toldWhenToRetry ? OTHER : type.endsWith("/overloaded") ? SHED
                    : type.endsWith("/still-processing") ? STILL_PROCESSING : type.endsWith("/unavailable") ? UNAVAILABLE : OTHER;
            if (outcome == OTHER) {
                badRefusals.add(response.statusCode() + " " + response.headers().map() + " " + response.body());
            }
            return outcome;
        }

        private static String problemType(HttpResponse<String> response) {
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                return "";
            }
            try {
                return SuiteClient.JSON.readTree(response.body()).path("type").asText();
            } catch (JsonProcessingException e) {
                return "";
            }
        }
    }

    private static void abandonOne(AbandonedRequests client, int n, List<String> idNumbers, List<String> settled,
            List<Map<String, Object>> abandonedClaims, List<String> abandonedEnrolments) {
        String institution = suite.token(HOSPITAL);
        String agency = suite.token(Caller.AGENCY);
        switch (n % 7) {
            case 0, 1 -> {
                Map<String, Object> claim = outpatient(idNumbers.get(n % idNumbers.size()), TODAY.minusDays(1 + n / 7 % 150));
                abandonedClaims.add(claim);
                client.abandon(suite.uri(SuiteService.SETTLEMENT), "POST", "/settlements", institution, json(claim));
            }
            case 2 -> client.abandon(suite.uri(SuiteService.SETTLEMENT), "POST", "/settlements/preview", institution,
                    json(outpatient(idNumbers.get(n % idNumbers.size()), TODAY)));
            case 3 -> client.abandon(suite.uri(SuiteService.SETTLEMENT), "POST",
                    "/settlements/" + settled.get(n % settled.size()) + "/reversal", institution, json(Map.of("reason", "重复结算")));
            case 4 -> {
                String idNumber = People.adult();
                abandonedEnrolments.add(idNumber);
                client.abandon(suite.uri(SuiteService.ENROLLMENT), "POST", "/enrolments", agency, json(enrolment(idNumber)));
            }
            case 5 -> client.abandon(suite.uri(SuiteService.AUDIT), "POST", "/pre-checks", institution,
                    json(outpatient(idNumbers.get(n % idNumbers.size()), TODAY)));
            default -> {
                boolean flag = n % 2 == 0;
                client.abandon(suite.uri(flag ? SuiteService.AUDIT : SuiteService.ASSISTANCE), "POST",
                        flag ? "/flags/" + UUID.randomUUID() + "/resolution" : "/cases/" + UUID.randomUUID() + "/review",
                        flag ? suite.token(Caller.AUDITOR) : agency,
                        json(flag ? Map.of("decision", "DISMISSED", "note", "误报")
                                : Map.of("decision", "APPROVE", "note", "同意")));
            }
        }
    }

    private static Map<String, Object> outpatient(String idNumber, LocalDate day) {
        return Claims.outpatient(Claims.HOSPITAL, idNumber, day, "J06.9", "20.00");
    }

    private static Map<String, Object> enrolment(String idNumber) {
        return Map.of("idNumber", idNumber, "name", "测试", "scheme", "RESIDENT", "category", "ADULT", "regionCode", "371600",
                "validFrom", TODAY.withDayOfYear(1));
    }

    private static String sendCertificate(String mother) {
        String certificateNo = People.unique("Q");
        suite.publish(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo, TODAY.minusDays(1), mother));
        return certificateNo;
    }

    private static long settledCount(List<String> requestIds) {
        return suite.count(SuiteService.SETTLEMENT, "select count(*) from settlement where request_id = any (?)", requestIds);
    }

    private static Map<Path, Long> logSizes() throws IOException {
        try (Stream<Path> logs = Files.list(Suite.endpoints().logDir())) {
            Map<Path, Long> sizes = new HashMap<>();
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
                sizes.put(log, Files.size(log));
            }
            return sizes;
        }
    }

    /**
     * What Hibernate Reactive logs, since {@code before}, when a connection is closed or its session touched with a
     * transaction half-way. Only this test's lines: a database restarted by another test may rightly leave such lines.
     */
    private static List<String> logLinesOfTornTransactions(Map<Path, Long> before) throws IOException {
        List<String> torn = new ArrayList<>();
        for (Map.Entry<Path, Long> log : logSizes().entrySet()) {
            byte[] all = Files.readAllBytes(log.getKey());
            int from = (int) Math.min(all.length, before.getOrDefault(log.getKey(), 0L));
            new String(all, from, all.length - from, StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains("live transaction") || line.contains("Failed to rollback")
                            || line.contains("HHH000099"))
                    .map(line -> log.getKey().getFileName() + ": " + line).forEach(torn::add);
        }
        return torn;
    }

    /** Holds each of {@code threads} to its share of {@code perSecond}. */
    private static void pace(int threads, int perSecond) throws InterruptedException {
        Thread.sleep(1000L * threads / perSecond);
    }

    private static byte[] json(Object body) {
        try {
            return SuiteClient.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long percentile(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
