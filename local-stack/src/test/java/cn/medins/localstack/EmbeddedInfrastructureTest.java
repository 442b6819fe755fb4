package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @Test
    void postgresKeepsItsDataAcrossARestartInTheSameFolder(@TempDir Path dataDir) throws Exception {
        try (PostgresServer postgres = PostgresServer.start(0, dataDir)) {
            postgres.createDatabases(List.of("enrollment"));
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("enrollment"), PostgresServer.USER, PostgresServer.PASSWORD)) {
                c.createStatement().execute("create table kept (v int); insert into kept values (42)");
            }
        }
        try (PostgresServer postgres = PostgresServer.start(0, dataDir)) {
            postgres.createDatabases(List.of("enrollment"));
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("enrollment"), PostgresServer.USER, PostgresServer.PASSWORD);
                    ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void kafkaKeepsItsTopicsAcrossARestartInTheSameFolder(@TempDir Path dataDir) throws Exception {
        try (KafkaBroker kafka = KafkaBroker.start(0, dataDir)) {
            assertThat(kafka.createTopics(List.of("a.events", "a.events.dlq"), 2)).containsExactly("a.events", "a.events.dlq");
        }
        try (KafkaBroker kafka = KafkaBroker.start(0, dataDir);
                Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains("a.events", "a.events.dlq");
            assertThat(kafka.createTopics(List.of("a.events", "b.events"), 2)).containsExactly("b.events");
        }
    }
}
