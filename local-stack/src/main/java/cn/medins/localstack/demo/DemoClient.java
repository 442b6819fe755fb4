package cn.medins.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.medins.localstack.SigningKeys;
import cn.medins.localstack.StackEndpoints;
import cn.medins.localstack.SuiteService;
import cn.medins.localstack.TokenIssuer;

/** What a demo needs to act like a partner or a hospital: plain Kafka records, JSON over HTTP, and patience. */
final class DemoClient {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final StackEndpoints stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String staffToken;

    /** The demos act as agency staff would, with a token signed by the stack's own key. */
    DemoClient(StackEndpoints stack) {
        this.stack = stack;
        this.staffToken = new TokenIssuer(SigningKeys.ofStack(stack.dataDir()).privateKey(),
                SigningKeys.ISSUER).token("agency", null, Duration.ofHours(1));
    }

    /** Publishes a partner record as a plain producer does: the JSON value and a key, no CloudEvents headers. */
    void publish(String topic, String key, Object payload) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, JSON.writeValueAsString(payload))).get();
        }
    }

    record Reply(int status, JsonNode body) {
    }

    Reply get(SuiteService service, String path) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(uri(service, path)).GET());
    }

    Reply post(SuiteService service, String path, Object body) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private Reply exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + staffToken).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String body = response.body();
        return new Reply(response.statusCode(), body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
    }

    private URI uri(SuiteService service, String path) {
        return stack.services().get(service).resolve(path);
    }

    /** Asks until the answer satisfies {@code done}; the suite is eventually consistent, the demo shows how soon. */
    static <T> T await(String what, Duration timeout, Callable<T> attempt, Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        T last = attempt.call();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not happen within " + timeout.toSeconds() + " s; last answer: " + last);
            }
            Thread.sleep(100);
            last = attempt.call();
        }
        return last;
    }

    @FunctionalInterface
    interface Callable<T> {
        T call() throws Exception;
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Does {@code action}, then returns the first record it caused on {@code topic} that {@code matches}, if one comes in time. */
    Optional<JsonNode> firstRecordAfter(Step action, String topic, Predicate<JsonNode> matches, Duration timeout)
            throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            action.run();
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode value = JSON.readTree(record.value());
                    if (matches.test(value)) {
                        return Optional.of(value);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
