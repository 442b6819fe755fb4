package cn.medins.localstack;

import java.io.PrintStream;
import java.util.List;
import java.util.ServiceLoader;

/** Plays the demo scenarios one after the other; a failing one does not stop the stack or the others. */
final class DemoScenarios {

    private DemoScenarios() {
    }

    static List<DemoScenario> discovered() {
        return ServiceLoader.load(DemoScenario.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    static void play(List<DemoScenario> scenarios, StackEndpoints stack, PrintStream out) {
        if (scenarios.isEmpty()) {
            out.println("demo: no scenario is defined yet");
            return;
        }
        for (DemoScenario scenario : scenarios) {
            out.println("demo: " + scenario.name());
            try {
                scenario.run(stack);
                out.println("demo: " + scenario.name() + " done");
            } catch (Exception e) {
                out.println("demo: " + scenario.name() + " failed: " + e);
            }
        }
    }
}
