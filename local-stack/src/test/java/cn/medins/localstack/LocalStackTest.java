package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.medins.contracts.Topics;

/** The launcher's wiring with the real PostgreSQL and Kafka, and small stand-in JVMs for the four Quarkus services. */
class LocalStackTest {

    @TempDir
    Path repo;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    private LocalStack stack;

    @AfterEach
    void closeStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void startsTheDatabasesTopicsAndServicesWithTheirConnectionSettingsAndStopsEverything() throws Exception {
        fakeServices(Map.of());
        LauncherOptions options = options("60");
        stack = new LocalStack(options, out);

        StackEndpoints endpoints = stack.start();

        String kafka = "127.0.0.1:" + options.kafkaPort();
        assertThat(endpoints.kafkaBootstrapServers()).isEqualTo(kafka);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.allWithDeadLetters()).allTopicNames().get();
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
        for (SuiteService service : SuiteService.values()) {
            String url = endpoints.jdbcUrls().get(service.database());
            assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + options.postgresPort() + "/" + service.database());
            try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                    ResultSet rs = connection.createStatement().executeQuery("select current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(service.database());
            }
            int port = options.servicePorts().get(service);
            assertThat(new ReadinessProbe().isReady(endpoints.services().get(service).resolve("/q/health/ready"))).isTrue();
            assertThat(Files.readString(options.dataDir().resolve("logs/" + service.moduleName() + ".log"))).contains(
                    "QUARKUS_HTTP_PORT=" + port,
                    "KAFKA_BOOTSTRAP_SERVERS=" + kafka,
                    "DB_HOST=127.0.0.1",
                    "DB_PORT=" + options.postgresPort(),
                    "DB_USER=postgres",
                    "DB_PASSWORD=postgres",
                    "working directory=" + service.moduleDirectory(repo));
            assertThat(output()).contains(
                    "http://127.0.0.1:" + port + "/q/swagger-ui",
                    "http://127.0.0.1:" + port + "/q/health",
                    "http://127.0.0.1:" + port + "/q/metrics",
                    url);
        }
        assertThat(output()).contains("Local stack is ready (", kafka, options.dataDir().toString());
        assertThat(options.dataDir().resolve("logs/infrastructure.log")).isNotEmptyFile();

        stack.close();

        assertThat(options.portsByVariable().values()).allSatisfy(port -> assertThat(PortCheck.isFree(port)).isTrue());
        assertThat(ServiceSupervisorTest.runningChildren(repo.toString())).isEmpty();
        assertThat(output()).contains("Local stack stopped").doesNotContain("restarting");
    }

    @Test
    void aServiceThatIsNotReadyInTimeIsReportedWithTheEndOfItsLog() throws Exception {
        fakeServices(Map.of(SuiteService.AUDIT, FakeNeverReadyService.class));
        LauncherOptions options = options("3");
        stack = new LocalStack(options, out);

        assertThatThrownBy(stack::start)
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("audit-service is not ready after 3 s")
                .hasMessageContaining("booting, waiting for a database that never comes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("enrollment-service is not ready"));
        stack.close();

        assertThat(options.portsByVariable().values()).allSatisfy(port -> assertThat(PortCheck.isFree(port)).isTrue());
        assertThat(ServiceSupervisorTest.runningChildren(repo.toString())).isEmpty();
    }

    @Test
    void aServiceWhoseLivenessStaysDownLongerThanTheGivenGraceIsRestartedAndTheOthersAreLeftAlone() throws Exception {
        fakeServices(Map.of(SuiteService.SETTLEMENT, FakeFailingLivenessService.class));
        LauncherOptions options = LauncherOptions.parse(List.of("--repo-root", repo.toString(),
                "--data-dir", repo.resolve("data").toString(), "--ready-timeout", "60", "--liveness-grace", "1"),
                FreePorts.environment());
        stack = new LocalStack(options, out, Duration.ofMillis(200));
        stack.start();
        long first = stack.pid(SuiteService.SETTLEMENT);
        Path settlementLog = options.dataDir().resolve("logs/settlement-service.log");
        Poll.until(Duration.ofSeconds(30), "settlement-service liveness to be asked",
                () -> readQuietly(settlementLog).contains("served live UP"));
        Map<SuiteService, Long> othersBefore = otherPids(SuiteService.SETTLEMENT);

        Files.createFile(FakeFailingLivenessService.downSwitch(SuiteService.SETTLEMENT.moduleDirectory(repo), first));

        Poll.until(Duration.ofSeconds(20), this::output, () -> output().contains("settlement-service is ready again"));
        assertThat(stack.pid(SuiteService.SETTLEMENT)).isNotEqualTo(first);
        assertThat(output()).containsPattern("settlement-service liveness DOWN for \\d+ s \\(checks DOWN: "
                + Pattern.quote(FakeFailingLivenessService.DOWN_CHECK + ": " + FakeFailingLivenessService.DOWN_CHANNEL)
                + "\\); restarting");
        // the other fakes answer UP, so their watches, running all along, stopped nothing
        assertThat(otherPids(SuiteService.SETTLEMENT)).isEqualTo(othersBefore);
        assertThat(output().lines().filter(line -> line.contains("restarting")))
                .singleElement().asString().startsWith("settlement-service liveness DOWN");
    }

    @Test
    void aTakenPortStopsTheLaunchBeforeAnythingStarts() throws Exception {
        fakeServices(Map.of());
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<String, String> env = FreePorts.environment();
            env.put("SETTLEMENT_PORT", String.valueOf(taken.getLocalPort()));
            LauncherOptions options = LauncherOptions.parse(List.of("--repo-root", repo.toString(),
                    "--data-dir", repo.resolve("data").toString()), env);
            stack = new LocalStack(options, out);

            assertThatThrownBy(stack::start)
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("SETTLEMENT_PORT");
            assertThat(options.dataDir()).doesNotExist();
        }
    }

    @Test
    void missingServiceBuildsAreNamedWithTheCommandThatMakesThem() throws Exception {
        stack = new LocalStack(options("60"), out);

        assertThatThrownBy(stack::start)
                .isInstanceOf(StartupException.class)
                .hasMessageContaining(SuiteService.ENROLLMENT.runnerJar(repo).toString())
                .hasMessageContaining(SuiteService.ASSISTANCE.runnerJar(repo).toString())
                .hasMessageContaining("./mvnw -DskipTests install");
    }

    private LauncherOptions options(String readyTimeoutSeconds) throws Exception {
        return LauncherOptions.parse(List.of("--repo-root", repo.toString(), "--data-dir", repo.resolve("data").toString(),
                "--ready-timeout", readyTimeoutSeconds), FreePorts.environment());
    }


    /** Puts a runnable quarkus-run.jar where the launcher expects each service's build. */
    private void fakeServices(Map<SuiteService, Class<?>> mainClasses) throws Exception {
        for (SuiteService service : SuiteService.values()) {
            Class<?> main = mainClasses.getOrDefault(service, FakeReadyService.class);
            Path jar = service.runnerJar(repo);
            Files.createDirectories(jar.getParent());
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
            String entry = main.getName().replace('.', '/') + ".class";
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream jarOut = new JarOutputStream(file, manifest);
                    InputStream classFile = main.getClassLoader().getResourceAsStream(entry)) {
                jarOut.putNextEntry(new JarEntry(entry));
                classFile.transferTo(jarOut);
                jarOut.closeEntry();
            }
        }
    }

    private Map<SuiteService, Long> otherPids(SuiteService except) {
        Map<SuiteService, Long> pids = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            if (service != except) {
                pids.put(service, stack.pid(service));
            }
        }
        return pids;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
