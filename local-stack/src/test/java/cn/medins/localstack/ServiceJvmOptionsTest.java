package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceJvmOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = { "17.0.11", "17.0.15+6", "21.0.3", "22", "25.0.1" })
    void aJvmThatKnowsTheFlagTrimsItsNativeHeap(String version) {
        assertThat(ServiceJvmOptions.forRuntime(Runtime.Version.parse(version)))
                .contains(ServiceJvmOptions.NATIVE_HEAP_TRIM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "17", "17.0.8", "17.0.10", "19.0.2", "21.0.2" })
    void aJvmThatWouldRefuseTheFlagIsNotGivenIt(String version) {
        assertThat(ServiceJvmOptions.forRuntime(Runtime.Version.parse(version)))
                .doesNotContain(ServiceJvmOptions.NATIVE_HEAP_TRIM)
                .contains("-Xmx128m", "-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void theJvmThatRunsTheLauncherStartsWithTheOptionsItGivesTheServices() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServiceJvmOptions.forRuntime(Runtime.version()));
        command.add("-version");

        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());

        assertThat(java.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
    }
}
