package cn.medins.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.Topics;
import cn.medins.localstack.KafkaBroker;
import cn.medins.localstack.PersonalDataKeyset;
import cn.medins.localstack.PostgresServer;
import cn.medins.localstack.SigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Kafka broker (KRaft) and a real PostgreSQL in the test JVM, once for all the tests of a module, and
 * points the application at them. No Docker is involved. Every topic of the suite and its dead-letter twin exist
 * before the application starts, as they do in the local stack and on Kubernetes.
 *
 * <p>Use with {@code @QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name =
 * "database", value = "enrollment"))}.
 */
public class KafkaAndPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker kafka;
    private static PostgresServer postgres;

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        startOnce(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("mp.jwt.verify.publickey.location", TestTokens.keySetFile().toString());
        config.put("mp.jwt.verify.issuer", SigningKeys.ISSUER);
        config.put("medins.personal-data.keyset-location", PersonalDataKeyset.in(TestTokens.KEYS).toString());
        return config;
    }

    @Override
    public void stop() {
        // The broker and the database live as long as the test JVM, so that test classes share one start-up.
    }

    private static synchronized void startOnce(String database) {
        if (postgres == null) {
            postgres = PostgresServer.start(0, null);
            kafka = KafkaBroker.start(0, null);
            kafka.createTopics(Topics.allWithDeadLetters(), 3);
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaAndPostgresResource::stopAll, "test-infrastructure-stop"));
        }
        postgres.createDatabases(List.of(database));
    }

    private static void stopAll() {
        kafka.close();
        postgres.close();
    }

    public static String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public static String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }
}
