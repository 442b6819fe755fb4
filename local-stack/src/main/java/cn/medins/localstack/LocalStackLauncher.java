package cn.medins.localstack;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code deploy/local/start}: runs the whole suite on this machine in the foreground until Ctrl+C. */
public final class LocalStackLauncher {

    private static final String LOG_MANAGER = "java.util.logging.manager";

    private LocalStackLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Set before anything touches java.util.logging, so that `java -jar` gets the same logging as deploy/local/start.
        if (System.getProperty(LOG_MANAGER) == null) {
            System.setProperty(LOG_MANAGER, "org.jboss.logmanager.LogManager");
        }
        List<String> arguments = Arrays.asList(args);
        if (LauncherOptions.wantsHelp(arguments)) {
            System.out.print(LauncherOptions.USAGE);
            return;
        }
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(arguments, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("local stack: " + e.getMessage());
            System.err.print(LauncherOptions.USAGE);
            System.exit(2);
            return;
        }

        LocalStack stack = new LocalStack(options, System.out);
        StopSignals.install(stack::close);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        StackEndpoints endpoints;
        try {
            endpoints = stack.start();
        } catch (StartupException e) {
            System.err.println("local stack: " + e.getMessage());
            stack.close();
            System.exit(1);
            return;
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(LocalStackLauncher.class.getName()).log(Level.SEVERE, "the local stack failed to start", e);
            System.err.println("local stack: failed to start: " + e.getMessage());
            stack.close();
            System.exit(1);
            return;
        }
        if (options.demo()) {
            DemoScenarios.play(DemoScenarios.discovered(), endpoints, System.out);
        }
        stack.awaitStopped();
    }
}
