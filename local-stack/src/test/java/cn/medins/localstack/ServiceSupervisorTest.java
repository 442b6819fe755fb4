package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSupervisorTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final RestartBackoff QUICK_RESTARTS =
            new RestartBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

    @TempDir
    Path logs;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    private final ReadinessProbe probe = new ReadinessProbe();
    private ServiceSupervisor supervisor;

    @AfterEach
    void stopSupervisor() {
        if (supervisor != null) {
            supervisor.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aKilledServiceIsRestartedWithANewPidAndReportedReadyAgain() throws Exception {
        ServiceDefinition service = childJvm(FakeReadyService.class.getName());
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, out);
        supervisor.start();
        Poll.until(PATIENCE, "fake-service ready", () -> probe.isReady(service.readinessUri()));
        long first = supervisor.pid();

        ProcessHandle.of(first).orElseThrow().destroyForcibly();

        Poll.until(PATIENCE, this::output, () -> output().contains("fake-service is ready again"));
        long second = supervisor.pid();
        assertThat(second).isNotEqualTo(first);
        assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(output())
                .contains("fake-service exited with code 137; restarting")
                .contains("fake-service is ready again (pid " + second + ", ");
        assertThat(probe.isReady(service.readinessUri())).isTrue();
        assertThat(Files.readString(service.logFile()))
                .contains("ready, pid " + first)
                .contains("ready, pid " + second);
    }

    @Test
    void aStoppedServiceIsGoneAndNotRestarted() throws Exception {
        ServiceDefinition service = childJvm(FakeReadyService.class.getName());
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, out);
        supervisor.start();
        Poll.until(PATIENCE, "fake-service ready", () -> probe.isReady(service.readinessUri()));
        long pid = supervisor.pid();

        supervisor.stop(Duration.ofSeconds(15));

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(runningChildren(FakeReadyService.class.getName())).isEmpty();
        assertThat(supervisor.pid()).isEqualTo(pid);
        assertThat(PortCheck.isFree(service.port())).isTrue();
        assertThat(output()).doesNotContain("exited with code").doesNotContain("ready again");
    }

    @Test
    void stoppingDuringTheBackOffCancelsThePendingRestart() throws Exception {
        ServiceDefinition service = childJvm(FakeReadyService.class.getName());
        RestartBackoff slowRestarts = new RestartBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1));
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, slowRestarts, out);
        supervisor.start();
        Poll.until(PATIENCE, "fake-service ready", () -> probe.isReady(service.readinessUri()));
        long pid = supervisor.pid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        Poll.until(PATIENCE, this::output, () -> output().contains("fake-service exited with code 137; restarting"));

        Instant stopping = Instant.now();
        supervisor.stop(Duration.ofSeconds(15));

        assertThat(Duration.between(stopping, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(supervisor.pid()).isEqualTo(pid);
        assertThat(runningChildren(FakeReadyService.class.getName())).isEmpty();
        assertThat(output()).doesNotContain("ready again");
    }

    @Test
    void aServiceThatCrashesOnStartIsRestartedAgainAndAgain() throws Exception {
        ServiceDefinition service = childJvm("cn.medins.localstack.NoSuchService");
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, out);
        supervisor.start();

        Poll.until(PATIENCE, this::output,
                () -> output().split("fake-service exited with code 1; restarting", -1).length > 3);

        assertThat(output()).doesNotContain("ready again");
        assertThat(Files.readString(service.logFile())).contains("cn.medins.localstack.NoSuchService");
    }

    private ServiceDefinition childJvm(String mainClass) throws Exception {
        int port = PortCheckTest.freePort();
        Path testClasses = Path.of(FakeReadyService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ServiceDefinition("fake-service", port,
                List.of(java, "-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", testClasses.toString(), mainClass),
                logs, Map.of("QUARKUS_HTTP_PORT", String.valueOf(port)), logs.resolve("fake-service.log"));
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    static List<ProcessHandle> runningChildren(String commandLinePart) {
        return ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive)
                .filter(child -> child.info().commandLine().map(line -> line.contains(commandLinePart)).orElse(false))
                .toList();
    }
}
