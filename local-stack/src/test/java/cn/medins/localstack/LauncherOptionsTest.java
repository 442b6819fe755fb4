package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    private static final Path ROOT = Path.of("/checkout");

    @Test
    void withoutOptionsTheStackUsesTheDefaultPortsAndKeepsItsDataInTheRepository() {
        LauncherOptions options = LauncherOptions.parse(List.of("--repo-root", "/checkout"), Map.of());

        assertThat(options.repoRoot()).isEqualTo(ROOT);
        assertThat(options.dataDir()).isEqualTo(ROOT.resolve(".local-stack"));
        assertThat(options.fresh()).isFalse();
        assertThat(options.demo()).isFalse();
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.postgresPort()).isEqualTo(55432);
        assertThat(options.servicePorts()).containsExactly(
                Map.entry(SuiteService.ENROLLMENT, 8081),
                Map.entry(SuiteService.SETTLEMENT, 8082),
                Map.entry(SuiteService.AUDIT, 8083),
                Map.entry(SuiteService.ASSISTANCE, 8084));
    }

    @Test
    void environmentVariablesMoveEveryPort() {
        LauncherOptions options = LauncherOptions.parse(List.of(), Map.of(
                "KAFKA_PORT", "19092", "PG_PORT", "15432",
                "ENROLLMENT_PORT", "18081", "SETTLEMENT_PORT", "18082", "AUDIT_PORT", "18083", "ASSISTANCE_PORT", "18084"));

        assertThat(options.portsByVariable()).containsExactly(
                Map.entry("KAFKA_PORT", 19092), Map.entry("PG_PORT", 15432),
                Map.entry("ENROLLMENT_PORT", 18081), Map.entry("SETTLEMENT_PORT", 18082),
                Map.entry("AUDIT_PORT", 18083), Map.entry("ASSISTANCE_PORT", 18084));
    }

    @Test
    void flagsAreReadInBothSpellings() {
        LauncherOptions separate = LauncherOptions.parse(
                List.of("--repo-root", "/checkout", "--fresh", "--data-dir", "/tmp/stack", "--demo", "--ready-timeout", "30"), Map.of());
        LauncherOptions joined = LauncherOptions.parse(
                List.of("--repo-root=/checkout", "--fresh", "--data-dir=/tmp/stack", "--demo", "--ready-timeout=30"), Map.of());

        assertThat(joined).isEqualTo(separate);
        assertThat(separate.fresh()).isTrue();
        assertThat(separate.demo()).isTrue();
        assertThat(separate.dataDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(separate.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theLivenessGraceIsThirtySecondsUnlessGivenInEitherSpelling() {
        assertThat(LauncherOptions.parse(List.of(), Map.of()).livenessGrace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(LauncherOptions.parse(List.of("--liveness-grace", "90"), Map.of()).livenessGrace())
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(LauncherOptions.parse(List.of("--liveness-grace=5", "--ready-timeout", "20"), Map.of()))
                .satisfies(options -> assertThat(options.livenessGrace()).isEqualTo(Duration.ofSeconds(5)))
                .satisfies(options -> assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(20)));
        assertThat(LauncherOptions.USAGE).contains("--liveness-grace SECONDS");
    }

    @Test
    void aLivenessGraceThatIsNoPositiveNumberIsRejectedByName() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--liveness-grace", "0"), Map.of()))
                .hasMessage("--liveness-grace must be a positive number of seconds, got '0'");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--liveness-grace", "long"), Map.of()))
                .hasMessage("--liveness-grace must be a positive number of seconds, got 'long'");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--liveness-grace"), Map.of()))
                .hasMessage("--liveness-grace needs a value");
    }

    @Test
    void optionsBuiltWithoutALivenessGraceGetTheDefault() {
        LauncherOptions parsed = LauncherOptions.parse(List.of("--repo-root", "/checkout"), Map.of());

        LauncherOptions built = new LauncherOptions(parsed.repoRoot(), parsed.dataDir(), parsed.fresh(), parsed.demo(),
                parsed.readyTimeout(), parsed.kafkaPort(), parsed.postgresPort(), parsed.servicePorts());

        assertThat(built).isEqualTo(parsed);
    }

    @Test
    void aRelativeDataFolderIsTakenFromTheCurrentFolderNotTheRepository() {
        LauncherOptions options = LauncherOptions.parse(List.of("--repo-root", "/checkout", "--data-dir", "stack-data"), Map.of());

        assertThat(options.dataDir()).isEqualTo(Path.of("stack-data").toAbsolutePath());
    }

    @Test
    void anUnknownFlagIsRejectedByName() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--fresh", "--frsh"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option --frsh");
    }

    @Test
    void aFlagMissingItsValueIsRejectedByName() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--data-dir"), Map.of()))
                .hasMessage("--data-dir needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--ready-timeout", "soon"), Map.of()))
                .hasMessageContaining("--ready-timeout").hasMessageContaining("'soon'");
    }

    @Test
    void anInvalidPortNamesItsVariable() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of(), Map.of("PG_PORT", "70000")))
                .hasMessage("PG_PORT must be a port number between 1 and 65535, got '70000'");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of(), Map.of("AUDIT_PORT", "http")))
                .hasMessageContaining("AUDIT_PORT");
    }

    @Test
    void twoPartsOfTheStackCannotShareAPort() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of(), Map.of("AUDIT_PORT", "8081")))
                .hasMessage("ENROLLMENT_PORT and AUDIT_PORT both ask for port 8081");
    }

    @Test
    void helpIsRecognisedAnywhereOnTheCommandLine() {
        assertThat(LauncherOptions.wantsHelp(List.of("--fresh", "--help"))).isTrue();
        assertThat(LauncherOptions.wantsHelp(List.of("-h"))).isTrue();
        assertThat(LauncherOptions.wantsHelp(List.of("--fresh"))).isFalse();
    }
}
