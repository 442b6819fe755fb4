package cn.medins.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node KRaft Kafka broker in this JVM. With a data folder its log survives a restart
 * (the storage is formatted once, with a fixed cluster id); without one it lives in a temporary folder.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "bWVkaW5zLWxvY2FsLTAx";

    private final EmbeddedKafkaBroker broker;

    private KafkaBroker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * @param port 0 for any free port
     * @param dataDir where the log is kept, or {@code null} for a throw-away folder
     */
    public static KafkaBroker start(int port, Path dataDir) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withKafkaHost("127.0.0.1")
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(dataDir == null)
                .withAdditionalProperties(props -> configure(props, dataDir));
        // Both ports are taken while both sockets are open: picked one after the other, as the embedded broker does by
        // itself, the two listeners were now and then given the same port and the broker refused to start.
        try (ServerSocket client = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket controller = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            broker.withKafkaPort(port > 0 ? port : client.getLocalPort()).withControllerPort(controller.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the Kafka broker", e);
        }
        return new KafkaBroker(broker.start());
    }

    private static void configure(Properties props, Path dataDir) {
        if (dataDir != null) {
            props.put("log.dirs", dataDir.toAbsolutePath().toString());
        }
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "3");
        props.put("log.retention.hours", "-1");
        props.put("group.initial.rebalance.delay.ms", "0");
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners();
    }

    /** Creates every topic that does not exist yet; existing ones are left as they are. */
    public Set<String> createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get();
            return missing.stream().map(NewTopic::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}
