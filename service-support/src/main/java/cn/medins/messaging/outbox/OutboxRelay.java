package cn.medins.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.privacy.PersonalDataCipher;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Moves committed outbox rows to Kafka, oldest first, and marks them sent only once the broker acknowledged them.
 *
 * <p>It runs on its own thread with plain JDBC because it is a long-lived loop that blocks on the broker and on
 * PostgreSQL notifications, which has no place on an event loop. Several instances of a service may run: a
 * transaction-scoped advisory lock lets one relay work at a time, which also keeps the records of one key in order.
 * A record whose send failed stays unsent and is retried, so delivery is at least once; consumers deduplicate on
 * {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final ObjectMapper objectMapper;
    private final MeterRegistry meters;
    private final PersonalDataCipher cipher;

    private volatile boolean running;
    private volatile boolean connected;
    private volatile Thread thread;
    private Producer<String, byte[]> producer;
    private Instant nextCleanup = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            ObjectMapper objectMapper, MeterRegistry meters, PersonalDataCipher cipher) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.objectMapper = objectMapper;
        this.meters = meters;
        this.cipher = cipher;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        producer = new KafkaProducer<>(producerConfig());
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Thread relay = thread;
        if (relay != null) {
            relay.interrupt();
            try {
                relay.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    /** The relay thread is alive; it may be waiting for the database or the broker to come back. */
    public boolean isAlive() {
        Thread relay = thread;
        return !config.relayEnabled() || (relay != null && relay.isAlive());
    }

    public boolean isConnected() {
        return connected;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return props;
    }

    private void run() {
        while (running) {
            try (Connection listener = dataSource.getConnection()) {
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN outbox_event");
                }
                PGConnection notifications = listener.unwrap(PGConnection.class);
                connected = true;
                while (running) {
                    int relayed = relayBatch();
                    if (relayed < config.batchSize()) {
                        notifications.getNotifications((int) config.pollInterval().toMillis());
                    }
                }
            } catch (SQLException | KafkaException | IllegalStateException e) {
                connected = false;
                if (running) {
                    LOG.warnf("outbox relay paused for %s: %s", config.retryBackoff(), e.getMessage());
                    pause();
                }
            }
        }
        connected = false;
    }

    private int relayBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<PendingRecord> pending = loadPending(connection);
                List<UUID> acknowledged = send(pending);
                markSent(connection, acknowledged);
                deleteExpired(connection);
                connection.commit();
                if (acknowledged.size() < pending.size()) {
                    throw new IllegalStateException((pending.size() - acknowledged.size()) + " of " + pending.size()
                            + " records were not acknowledged by the broker");
                }
                return pending.size();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, RELAY_LOCK);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<PendingRecord> loadPending(Connection connection) throws SQLException {
        List<PendingRecord> pending = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, topic, record_key, ce_type, ce_source, ce_subject, ce_time, headers::text, payload
                from outbox_event where sent_at is null order by seq limit ?""")) {
            statement.setInt(1, config.batchSize());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    // key, subject and payload are stored sealed, as OutboxEvent maps them
                    pending.add(new PendingRecord(rs.getObject(1, UUID.class), rs.getString(2), cipher.open(rs.getString(3)),
                            rs.getString(4), rs.getString(5), cipher.open(rs.getString(6)), rs.getObject(7, OffsetDateTime.class),
                            rs.getString(8), cipher.open(rs.getBytes(9))));
                }
            }
        }
        return pending;
    }

    private List<UUID> send(List<PendingRecord> pending) {
        List<Future<RecordMetadata>> futures = new ArrayList<>(pending.size());
        for (PendingRecord record : pending) {
            futures.add(producer.send(toProducerRecord(record)));
        }
        List<UUID> acknowledged = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            PendingRecord record = pending.get(i);
            try {
                futures.get(i).get(config.retryBackoff().toMillis() + 30_000, TimeUnit.MILLISECONDS);
                acknowledged.add(record.id());
                meters.counter("medins.outbox.relayed", "topic", record.topic()).increment();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("outbox record %s for %s not acknowledged: %s", record.id(), record.topic(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private ProducerRecord<String, byte[]> toProducerRecord(PendingRecord record) {
        ProducerRecord<String, byte[]> producerRecord = new ProducerRecord<>(record.topic(), record.key(), record.payload());
        record.headers(objectMapper).forEach((name, value) ->
                producerRecord.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        if (record.ceType() != null) {
            addHeader(producerRecord, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            addHeader(producerRecord, CloudEventHeaders.ID, record.id().toString());
            addHeader(producerRecord, CloudEventHeaders.TYPE, record.ceType());
            addHeader(producerRecord, CloudEventHeaders.SOURCE, record.ceSource());
            addHeader(producerRecord, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(record.ceTime()));
            if (record.ceSubject() != null) {
                addHeader(producerRecord, CloudEventHeaders.SUBJECT, record.ceSubject());
            }
            addHeader(producerRecord, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        }
        return producerRecord;
    }

    private static void addHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void markSent(Connection connection, List<UUID> acknowledged) throws SQLException {
        if (acknowledged.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("update outbox_event set sent_at = now() where id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", acknowledged.toArray()));
            statement.executeUpdate();
        }
    }

    private void deleteExpired(Connection connection) throws SQLException {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from outbox_event where sent_at < now() - make_interval(secs => ?)")) {
            statement.setLong(1, config.retention().toSeconds());
            int deleted = statement.executeUpdate();
            if (deleted > 0) {
                LOG.infof("deleted %d outbox records sent more than %s ago", deleted, config.retention());
            }
        }
        nextCleanup = Instant.now().plusSeconds(600);
    }

    private void pause() {
        try {
            Thread.sleep(config.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debugf("rollback after a failed relay round failed too: %s", e.getMessage());
        }
    }

    private record PendingRecord(UUID id, String topic, String key, String ceType, String ceSource, String ceSubject,
            OffsetDateTime ceTime, String headersJson, byte[] payload) {

        Map<String, String> headers(ObjectMapper objectMapper) {
            try {
                return objectMapper.readValue(headersJson, HEADERS);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("outbox record " + id + " has unreadable headers", e);
            }
        }
    }
}
