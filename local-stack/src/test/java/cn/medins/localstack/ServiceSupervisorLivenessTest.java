package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's liveness watch, against child JVMs whose liveness the tests switch DOWN. */
class ServiceSupervisorLivenessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final RestartBackoff QUICK_RESTARTS =
            new RestartBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

    @TempDir
    Path workingDirectory;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    private final ReadinessProbe probe = new ReadinessProbe();
    private ServiceSupervisor supervisor;

    @AfterEach
    void stopSupervisor() {
        if (supervisor != null) {
            supervisor.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void aServiceWhoseLivenessStaysDownPastTheGraceIsStoppedAndRestartedNamingTheDownCheck() throws Exception {
        ServiceDefinition service = fakeService(Map.of());
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, INTERVAL, GRACE, out);
        supervisor.start();
        long first = awaitLivenessWatched(service);

        Instant down = Instant.now();
        Files.createFile(FakeFailingLivenessService.downSwitch(workingDirectory, first));

        Poll.until(PATIENCE, this::output, () -> output().contains("liveness DOWN"));
        assertThat(Duration.between(down, Instant.now())).isGreaterThan(GRACE);
        Poll.until(PATIENCE, this::output, () -> output().contains("fake-service is ready again"));
        long second = supervisor.pid();
        assertThat(second).isNotEqualTo(first);
        assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        Matcher line = Pattern.compile("fake-service liveness DOWN for (\\d+) s \\(checks DOWN: (.*)\\); restarting")
                .matcher(output());
        assertThat(line.find()).as(output()).isTrue();
        assertThat(Long.parseLong(line.group(1))).isGreaterThanOrEqualTo(GRACE.toSeconds());
        assertThat(line.group(2)).isEqualTo(
                FakeFailingLivenessService.DOWN_CHECK + ": " + FakeFailingLivenessService.DOWN_CHANNEL);
        assertThat(line.find()).as("only one liveness stop: " + output()).isFalse();
        // 143 is SIGTERM: the process was asked to stop, not killed
        assertThat(output())
                .contains("fake-service exited with code 143 after being stopped for liveness")
                .doesNotContain("exited with code 143; restarting")
                .doesNotContain("killing it");
    }

    @Test
    void downSpellsShorterThanTheGraceRestartNothingEvenWhenTheyAddUpToMore() throws Exception {
        Duration grace = Duration.ofMillis(1500);
        ServiceDefinition service = fakeService(Map.of());
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, INTERVAL, grace, out);
        supervisor.start();
        long pid = awaitLivenessWatched(service);
        Path downSwitch = FakeFailingLivenessService.downSwitch(workingDirectory, pid);

        Instant firstDown = null;
        int spells = 0;
        // Spells of about half the grace, each followed by an UP answer, until they span more than the grace: a
        // watch that did not start over on UP would count them as one and restart the service.
        while (spells < 2 || Duration.between(firstDown, Instant.now()).compareTo(grace.plus(INTERVAL)) <= 0) {
            long downsBefore = served(service, "DOWN");
            Files.createFile(downSwitch);
            Poll.until(PATIENCE, "a DOWN answer", () -> served(service, "DOWN") > downsBefore);
            if (firstDown == null) {
                firstDown = Instant.now();
            }
            Thread.sleep(300);
            long upsBefore = served(service, "UP");
            Files.delete(downSwitch);
            Poll.until(PATIENCE, "an UP answer", () -> served(service, "UP") > upsBefore);
            spells++;
        }
        Thread.sleep(grace.plus(INTERVAL.multipliedBy(2)).toMillis());

        assertThat(served(service, "DOWN")).isGreaterThanOrEqualTo(spells);
        assertThat(supervisor.pid()).isEqualTo(pid);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
        assertThat(output()).doesNotContain("liveness").doesNotContain("exited").doesNotContain("restarting");
    }

    @Test
    void afterRequestStopLivenessIsNoLongerAskedAndNothingIsStoppedOrRestartedForIt() throws Exception {
        ServiceDefinition service = fakeService(Map.of("FAKE_IGNORE_SIGTERM", "true"));
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, INTERVAL, GRACE, out);
        supervisor.start();
        long pid = awaitLivenessWatched(service);
        long downsBefore = served(service, "DOWN");
        Files.createFile(FakeFailingLivenessService.downSwitch(workingDirectory, pid));
        Poll.until(PATIENCE, "a DOWN answer", () -> served(service, "DOWN") > downsBefore);

        supervisor.requestStop();
        // a poll already under way when the stop came may still be answered
        Thread.sleep(INTERVAL.toMillis());
        long downsAtStop = served(service, "DOWN");
        // The process ignores SIGTERM and keeps answering DOWN, well past the grace, while it is waited for.
        Thread.sleep(GRACE.multipliedBy(3).toMillis());

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
        assertThat(served(service, "DOWN")).isEqualTo(downsAtStop);
        assertThat(output()).doesNotContain("liveness").doesNotContain("killing it");
        supervisor.awaitStopped(Duration.ofSeconds(1));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(supervisor.pid()).isEqualTo(pid);
        assertThat(ServiceSupervisorTest.runningChildren(FakeFailingLivenessService.class.getName())).isEmpty();
        assertThat(output()).doesNotContain("liveness").doesNotContain("exited").doesNotContain("ready again");
    }

    @Test
    void aServiceThatIsStillStartingIsNotStoppedForALivenessItDoesNotServeYet() throws Exception {
        ServiceDefinition service = childJvm(FakeNeverReadyService.class.getName(), Map.of());
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, INTERVAL, Duration.ofMillis(500), out);
        supervisor.start();
        long pid = supervisor.pid();
        Poll.until(PATIENCE, "the fake to boot", () -> log(service).contains("booting"));

        Thread.sleep(3_000);

        assertThat(probe.liveness(service.livenessUri()).state()).isEqualTo(Liveness.State.NOT_ANSWERING);
        assertThat(supervisor.pid()).isEqualTo(pid);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
        assertThat(output()).doesNotContain("liveness").doesNotContain("exited");
    }

    @Test
    void aServiceThatStopsAnsweringIsRestartedSayingSo() throws Exception {
        ServiceDefinition service = fakeService(Map.of());
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, INTERVAL, GRACE, out);
        supervisor.start();
        long first = awaitLivenessWatched(service);

        Files.createFile(FakeFailingLivenessService.silenceSwitch(workingDirectory, first));

        Poll.until(PATIENCE, this::output, () -> output().contains("fake-service is ready again"));
        assertThat(supervisor.pid()).isNotEqualTo(first);
        assertThat(log(service)).contains("stopped answering HTTP");
        assertThat(output())
                .containsPattern("fake-service liveness not answering for \\d+ s \\(connection refused\\); restarting")
                .contains("fake-service exited with code 143 after being stopped for liveness");
    }

    @Test
    void aServiceThatIgnoresSigtermAfterItsLivenessStopIsKilled() throws Exception {
        ServiceDefinition service = fakeService(Map.of("FAKE_IGNORE_SIGTERM", "true"));
        supervisor = new ServiceSupervisor(service, probe, PATIENCE, QUICK_RESTARTS, INTERVAL, GRACE, out);
        supervisor.start();
        long first = awaitLivenessWatched(service);

        Files.createFile(FakeFailingLivenessService.downSwitch(workingDirectory, first));

        Poll.until(PATIENCE, this::output, () -> output().contains("fake-service is ready again"));
        assertThat(supervisor.pid()).isNotEqualTo(first);
        assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(log(service)).contains("SIGTERM received; hanging");
        assertThat(output())
                .contains("fake-service liveness DOWN for ")
                .contains("fake-service did not stop within 5 s of SIGTERM; killing it")
                .contains("fake-service exited with code 137 after being stopped for liveness");
    }

    /** Waits until the supervisor, having seen the fake ready, asks its liveness; returns the fake's pid. */
    private long awaitLivenessWatched(ServiceDefinition service) {
        Poll.until(PATIENCE, () -> "liveness to be asked; log: " + log(service), () -> served(service, "UP") > 0);
        return supervisor.pid();
    }

    private long served(ServiceDefinition service, String state) {
        return log(service).lines().filter(line -> line.equals("served live " + state)).count();
    }

    private ServiceDefinition fakeService(Map<String, String> environment) throws Exception {
        return childJvm(FakeFailingLivenessService.class.getName(), environment);
    }

    private ServiceDefinition childJvm(String mainClass, Map<String, String> environment) throws Exception {
        int port = PortCheckTest.freePort();
        Path testClasses = Path.of(FakeReadyService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceDefinition("fake-service", port,
                List.of(java, "-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", testClasses.toString(), mainClass),
                workingDirectory, env, workingDirectory.resolve("logs/fake-service.log"));
    }

    private static String log(ServiceDefinition service) {
        try {
            return Files.exists(service.logFile()) ? Files.readString(service.logFile()) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
