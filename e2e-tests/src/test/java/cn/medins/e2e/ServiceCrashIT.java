package cn.medins.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

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

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.localstack.FreePorts;
import cn.medins.localstack.LauncherOptions;
import cn.medins.localstack.LocalStack;
import cn.medins.localstack.PostgresServer;
import cn.medins.localstack.StackEndpoints;
import cn.medins.localstack.SuiteService;

/**
 * The suite as it runs: the four services as separate processes, each supervised, on the real broker and database.
 * A service killed with SIGKILL in the middle of a stream of partner records must, once restarted, leave every record
 * applied exactly once.
 */
class ServiceCrashIT {

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
        Map<String, Integer> enrolledEvents = personEnrolledEventsByCertificate(run, total);
        assertThat(enrolledEvents).hasSize(total);
        assertThat(enrolledEvents.values()).containsOnly(1);
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
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrls().get(SuiteService.ENROLLMENT.database()),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from person where birth_certificate_no = any (?)")) {
            count.setArray(1, connection.createArrayOf("varchar", certificates.toArray()));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every PersonEnrolled of this run's newborns on enrollment.events, counted by birth certificate. */
    private static Map<String, Integer> personEnrolledEventsByCertificate(String run, int expected) throws IOException {
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
                    String certificate = JSON.readTree(record.value()).path("person").path("birthCertificateNo").asText();
                    if (type != null && certificate.startsWith("Q" + run) && EnrollmentEvents.PERSON_ENROLLED.toString()
                            .equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        counts.merge(certificate, 1, Integer::sum);
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
