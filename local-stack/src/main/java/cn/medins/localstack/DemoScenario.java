package cn.medins.localstack;

/**
 * A scripted walk through the running suite that {@code --demo} plays once everything is ready. Implementations are
 * found with {@link java.util.ServiceLoader}: list them in
 * {@code META-INF/services/cn.medins.localstack.DemoScenario}.
 */
public interface DemoScenario {

    String name();

    /** Drives the suite through its public interfaces and prints what happens; a failure is reported, not fatal. */
    void run(StackEndpoints stack) throws Exception;
}
