package cn.medins.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.localstack.FreePorts;
import cn.medins.localstack.LauncherOptions;
import cn.medins.localstack.LocalStack;
import cn.medins.localstack.PostgresServer;
import cn.medins.localstack.SigningKeys;
import cn.medins.localstack.StackEndpoints;
import cn.medins.localstack.SuiteService;
import cn.medins.localstack.TokenIssuer;

/**
 * The suite as it runs: the four services as separate processes, each supervised, on the real broker and database,
 * and what it must survive: a service killed with SIGKILL in the middle of a stream of partner records, the broker
 * going away while services publish. Every effect happens exactly once.
 */
class SuiteFaultsIT {

    @TempDir
    static Path data;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static StackEndpoints endpoints;

    @BeforeAll
    static void startTheSuite() throws Exception {
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        LauncherOptions options = LauncherOptions.parse(List.of("--repo-root", repoRoot.toString(),
                "--data-dir", data.resolve("stack").toString(), "--ready-timeout", "240"), FreePorts.environment());
        stack = new LocalStack(options, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        endpoints = stack.start();
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void enrollmentKilledWithSigkillWhileBirthCertificatesStreamInEnrolsEveryNewbornExactlyOnce() throws Exception {
        int total = 150;
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> certificates = new ArrayList<>();
        long killedPid;
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < total / 3; i++) {
                certificates.add(send(producer, run, i));
            }
            producer.flush();
            killedPid = stack.kill(SuiteService.ENROLLMENT);
            System.out.printf("SIGKILL of enrollment with %d of the first %d certificates applied%n",
                    personsWithCertificates(certificates), certificates.size());
            for (int i = total / 3; i < total; i++) {
                certificates.add(send(producer, run, i));
            }
            producer.flush();
        }

        assertThat(stack.awaitReady(SuiteService.ENROLLMENT, Duration.ofSeconds(180))).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> personsWithCertificates(certificates) == total);

        assertThat(ProcessHandle.of(killedPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(personsWithCertificates(certificates)).isEqualTo(total);
        Map<String, Integer> enrolledEvents = personEnrolledEvents(
                record -> record.path("person").path("birthCertificateNo").asText(), certificates::contains, total);
        assertThat(enrolledEvents).hasSize(total);
        assertThat(enrolledEvents.values()).containsOnly(1);
    }

    @Test
    void theBrokerDownWhileEnrolmentsAreMadeLosesNoEventAndSettlementProjectsEveryPerson() throws Exception {
        int total = 30;
        String staff = "Bearer " + new TokenIssuer(SigningKeys.ofStack(endpoints.dataDir()).privateKey(), SigningKeys.ISSUER)
                .token("agency", null, Duration.ofHours(1));
        HttpClient http = HttpClient.newHttpClient();
        List<String> insuredIds = new CopyOnWriteArrayList<>();
        int firstSequence = ThreadLocalRandom.current().nextInt(500);
        ScheduledExecutorService counter = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger made = new AtomicInteger();
        // One enrolment at the counter every 600 ms, before, during and after a 12 s outage of the broker.
        counter.scheduleAtFixedRate(() -> {
            int i = made.getAndIncrement();
            if (i < total) {
                insuredIds.add(enrol(http, staff, firstSequence + i));
            }
        }, 0, 600, TimeUnit.MILLISECONDS);
        int beforeOutage = made.get();
        stack.restartKafka(Duration.ofSeconds(12));
        System.out.printf("%d of %d enrolments made while the broker was stopped, away and starting again%n",
                Math.min(made.get(), total) - beforeOutage, total);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> insuredIds.size() == total);
        counter.shutdownNow();

        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> settlementProjections(insuredIds) == total);
        Map<String, Integer> enrolled = personEnrolledEvents(record -> record.path("person").path("insuredId").asText(),
                insuredIds::contains, total);
        assertThat(enrolled).hasSize(total);
        assertThat(enrolled.values()).containsOnly(1);
    }

    /** Enrols a resident at the counter and returns the insured id; the broker being away does not matter here. */
    private static String enrol(HttpClient http, String staff, int sequence) {
        String first17 = "371602" + LocalDate.of(1985, 1, 1).plusDays(sequence).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence % 1000);
        String body = """
                {"idNumber":"%s","name":"测试","scheme":"RESIDENT","category":"ADULT","regionCode":"371600",
                 "validFrom":"%s"}""".formatted(first17 + IdNumbers.checkDigit(first17), LocalDate.now().withDayOfYear(1));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoints.services().get(SuiteService.ENROLLMENT)
                    .resolve("/enrolments")).header("Authorization", staff).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
            return JSON.readTree(response.body()).path("insuredId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long settlementProjections(List<String> insuredIds) throws SQLException {
        return countIn(SuiteService.SETTLEMENT, "select count(*) from insured_person where insured_id = any (?)", insuredIds);
    }

    private static String send(KafkaProducer<String, String> producer, String run, int i) {
        String certificateNo = "Q" + run + String.format("%04d", i);
        String first17 = "37160219900101" + String.format("%03d", i % 1000);
        String mother = first17 + IdNumbers.checkDigit(first17);
        String json = """
                {"certificateNo":"%s","newbornName":"张小宝","sex":"F","birthDate":"%s","birthInstitutionId":"H3716001",
                 "regionCode":"371600","mother":{"idNumber":"%s","name":"李娜"}}"""
                .formatted(certificateNo, LocalDate.now().minusDays(1), mother);
        producer.send(new ProducerRecord<>(Topics.BIRTH_CERTIFICATES, certificateNo, json));
        return certificateNo;
    }

    private static long personsWithCertificates(List<String> certificates) throws SQLException {
        return countIn(SuiteService.ENROLLMENT, "select count(*) from person where birth_certificate_no = any (?)", certificates);
    }

    private static long countIn(SuiteService service, String sql, List<String> values) throws SQLException {
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrls().get(service.database()),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement count = connection.prepareStatement(sql)) {
            count.setArray(1, connection.createArrayOf("varchar", values.toArray()));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The PersonEnrolled events on enrollment.events whose key (read from the payload) is wanted, counted by key. */
    private static Map<String, Integer> personEnrolledEvents(Function<JsonNode, String> keyOf, Predicate<String> wanted,
            int expected) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ENROLLMENT_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int quietPolls = 0;
            while (System.nanoTime() < deadline && (counts.size() < expected || quietPolls < 3)) {
                int seen = 0;
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    seen++;
                    Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
                    String key = keyOf.apply(JSON.readTree(record.value()));
                    if (type != null && wanted.test(key) && EnrollmentEvents.PERSON_ENROLLED.toString()
                            .equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        counts.merge(key, 1, Integer::sum);
                    }
                }
                quietPolls = counts.size() >= expected && seen == 0 ? quietPolls + 1 : 0;
            }
        }
        return counts;
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
