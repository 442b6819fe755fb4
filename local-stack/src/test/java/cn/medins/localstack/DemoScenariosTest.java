package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoScenariosTest {

    private static final StackEndpoints STACK = new StackEndpoints(
            Map.of(SuiteService.ENROLLMENT, URI.create("http://127.0.0.1:8081")), "127.0.0.1:9092",
            Map.of("enrollment", "jdbc:postgresql://127.0.0.1:55432/enrollment"), "postgres", "postgres",
            Path.of("/data"), Path.of("/data/logs"));

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void withoutScenariosTheDemoSaysSoInsteadOfPretending() {
        DemoScenarios.play(List.of(), STACK, out);

        assertThat(output()).isEqualTo("demo: no scenario is defined yet" + System.lineSeparator());
    }

    @Test
    void theDemoPlaysTheNewbornAndTheApplyFreeAssistanceFlows() {
        assertThat(DemoScenarios.discovered()).extracting(DemoScenario::name)
                .containsExactly("newborn enrolled at birth, no application", "apply-free retroactive assistance");
    }

    @Test
    void aFailingScenarioIsReportedAndTheNextOneStillRuns() {
        List<StackEndpoints> seen = new ArrayList<>();
        DemoScenario failing = scenario("newborn enrollment", stack -> {
            throw new IllegalStateException("enrollment-service answered 500");
        });
        DemoScenario passing = scenario("hospital settlement", seen::add);

        DemoScenarios.play(List.of(failing, passing), STACK, out);

        assertThat(output())
                .contains("demo: newborn enrollment failed: java.lang.IllegalStateException: enrollment-service answered 500")
                .contains("demo: hospital settlement done");
        assertThat(seen).containsExactly(STACK);
    }

    private interface Body {
        void run(StackEndpoints stack) throws Exception;
    }

    private static DemoScenario scenario(String name, Body body) {
        return new DemoScenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(StackEndpoints stack) throws Exception {
                body.run(stack);
            }
        };
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
