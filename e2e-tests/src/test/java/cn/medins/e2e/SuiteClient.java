package cn.medins.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.localstack.PostgresServer;
import cn.medins.localstack.SigningKeys;
import cn.medins.localstack.StackEndpoints;
import cn.medins.localstack.SuiteService;
import cn.medins.localstack.TokenIssuer;

/** What the tests do as hospitals, staff and partner agencies would: JSON over HTTP with a token, plain Kafka records. */
final class SuiteClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final StackEndpoints stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TokenIssuer tokens;
    private final Map<String, String> tokenCache = new ConcurrentHashMap<>();
    private final KafkaProducer<String, byte[]> producer;

    SuiteClient(StackEndpoints stack) {
        this.stack = stack;
        this.tokens = new TokenIssuer(SigningKeys.ofStack(stack.dataDir()).privateKey(), SigningKeys.ISSUER);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(2 * 1024 * 1024));
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Who calls: a role, and for a hospital or pharmacy the institution its token is for. */
    record Caller(String role, String institutionId) {
        static final Caller AGENCY = new Caller("agency", null);
        static final Caller AUDITOR = new Caller("auditor", null);

        static Caller institution(String institutionId) {
            return new Caller("institution", institutionId);
        }
    }

    /** A response as the caller sees it; {@code status} 0 means no answer came within the client's patience. */
    record Reply(int status, String contentType, JsonNode body, String text) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    /**
     * Registers a hospital in settlement's institution registry as agency staff would before its first claim; one
     * registered before stays as it is.
     */
    void register(String institutionId, int level, String region) {
        Reply reply = post(SuiteService.SETTLEMENT, "/institutions", Caller.AGENCY, Map.of("institutionId", institutionId,
                "name", "测试医院 " + institutionId, "type", "HOSPITAL", "level", level, "regionCode", region));
        if (reply.status() != 201 && reply.status() != 409) {
            throw new IllegalStateException("registering " + institutionId + " answered " + reply.status() + ": " + reply.text());
        }
    }

    /** The person with this ID number, as staff look them up: the ID number in the body, never in the URL. */
    Reply person(String idNumber) {
        return post(SuiteService.ENROLLMENT, "/persons/search", Caller.AGENCY, Map.of("idNumber", idNumber));
    }

    Reply post(SuiteService service, String path, Caller caller, Object body) {
        byte[] bytes;
        try {
            bytes = body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(service, path, caller, HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    Reply get(SuiteService service, String path, Caller caller) {
        return send(service, path, caller, HttpRequest.newBuilder().GET());
    }

    private Reply send(SuiteService service, String path, Caller caller, HttpRequest.Builder request) {
        request.uri(stack.services().get(service).resolve(path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token(caller));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            JsonNode body = text == null || text.isBlank() || contentType == null || !contentType.contains("json")
                    ? JSON.nullNode() : JSON.readTree(text);
            return new Reply(response.statusCode(), contentType, body, text);
        } catch (HttpTimeoutException e) {
            return new Reply(0, null, JSON.nullNode(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks until the answer has {@code status}: the suite is eventually consistent, a projection may lag a moment. */
    static Reply awaitStatus(int status, Duration patience, Supplier<Reply> call) {
        Reply[] last = new Reply[1];
        Awaitility.await().atMost(patience).pollInterval(Duration.ofMillis(300))
                .until(() -> (last[0] = call.get()).status() == status);
        return last[0];
    }

    /** Where {@code service} listens. */
    URI uri(SuiteService service) {
        return stack.services().get(service);
    }

    /**
     * The value of a Prometheus sample on {@code /q/metrics}: the first line that starts with {@code sample} (a name,
     * or a name with the start of its labels), or {@code NaN} if none does.
     */
    double metric(SuiteService service, String sample) {
        Reply reply = send(service, "/q/metrics", Caller.AGENCY, HttpRequest.newBuilder().GET());
        return reply.text() == null ? Double.NaN : reply.text().lines().filter(line -> line.startsWith(sample))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(Double.NaN);
    }

    String token(Caller caller) {
        return tokenCache.computeIfAbsent(caller.role() + "/" + caller.institutionId(),
                key -> tokens.token(caller.role(), caller.institutionId(), Duration.ofHours(2)));
    }

    /**
     * Enrols a person at the counter, as agency staff do, and returns the insured id. The name is the one civil
     * affairs' records carry, so that their bank accounts are the person's own and paid without review.
     */
    String enrol(String idNumber, String scheme, String category, String region, LocalDate validFrom) {
        Reply reply = post(SuiteService.ENROLLMENT, "/enrolments", Caller.AGENCY, Map.of("idNumber", idNumber, "name", PartnerRecords.NEEDY_NAME,
                "scheme", scheme, "category", category, "regionCode", region, "validFrom", validFrom));
        if (reply.status() != 201) {
            throw new AssertionError("enrolment refused: " + reply.status() + " " + reply.text());
        }
        return reply.body().path("insuredId").asText();
    }

    /**
     * Enrols {@code count} resident adults of the reference region from the first of this year and waits until
     * settlement has projected each of them, so that they can be settled at once. Returns insured ids by ID number.
     */
    Map<String, String> enrolledAndProjected(int count) {
        LocalDate firstOfYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1);
        Map<String, String> residents = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String idNumber = People.adult();
            residents.put(idNumber, enrol(idNumber, "RESIDENT", "ADULT", "371600", firstOfYear));
        }
        List<String> insuredIds = List.copyOf(residents.values());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count(SuiteService.SETTLEMENT,
                "select count(*) from insured_person where insured_id = any (?)", insuredIds) == insuredIds.size());
        return residents;
    }

    /** Publishes a partner record as a plain producer does: the JSON value and a key, no CloudEvents headers. */
    void publish(String topic, String key, Object payload) {
        try {
            publishBytes(topic, key, payload instanceof byte[] raw ? raw : JSON.writeValueAsBytes(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void publishBytes(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** A record as a reader of the topic sees it, with the CloudEvents type when the suite published it. */
    record Event(String key, String type, JsonNode value, Map<String, String> headers) {
    }

    /** Every record now on {@code topic}, read from the start, that {@code wanted} accepts. */
    List<Event> events(String topic, Predicate<Event> wanted) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Event event = toEvent(record);
                    if (wanted.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    private static Event toEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        JsonNode value;
        try {
            value = record.value() == null ? JSON.nullNode() : JSON.readTree(record.value());
        } catch (IOException unreadable) {
            value = JSON.nullNode();
        }
        return new Event(record.key(), headers.get(CloudEventHeaders.TYPE), value, headers);
    }

    /** Waits for records on {@code topic} that {@code wanted} accepts until there are {@code count}, and returns them. */
    List<Event> awaitEvents(String topic, Predicate<Event> wanted, int count, Duration timeout) {
        List<List<Event>> last = new ArrayList<>(List.of(List.of()));
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            last.set(0, events(topic, wanted));
            return last.get(0).size() >= count;
        });
        return last.get(0);
    }

    static Predicate<Event> ofType(Object type, Predicate<JsonNode> value) {
        return event -> type.toString().equals(event.type()) && value.test(event.value());
    }

    long count(SuiteService service, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrls().get(service.database()),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i] instanceof List<?> list
                        ? connection.createArrayOf("varchar", list.toArray()) : parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
