package cn.medins.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.medins.localstack.FreePorts;
import cn.medins.localstack.LauncherOptions;
import cn.medins.localstack.LocalStack;
import cn.medins.localstack.StackEndpoints;

/**
 * The suite as it runs in production, started once for every end-to-end test class of the run: the real broker, the
 * real database and the four services as supervised processes from their packaged applications. Starting it takes a
 * minute, so the classes share it and each test makes its own people and records.
 */
public final class Suite implements BeforeAllCallback {

    private static Running running;

    /** The store closes the suite when the whole run ends, after the last class that uses it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Suite.class, key -> started(), Running.class);
    }

    static LocalStack stack() {
        return started().stack();
    }

    static StackEndpoints endpoints() {
        return started().endpoints();
    }

    /** One client for every test: its producer and token cache live as long as the suite. */
    static SuiteClient client() {
        return started().client();
    }

    /** Started by whichever comes first, the extension or a test class's static initialiser, and only once. */
    private static synchronized Running started() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static Running start() {
        try {
            Path repoRoot = Path.of("").toAbsolutePath().getParent();
            Path data = Files.createTempDirectory(Path.of("target"), "suite-");
            LauncherOptions options = LauncherOptions.parse(List.of("--repo-root", repoRoot.toString(),
                    "--data-dir", data.toAbsolutePath().toString(), "--ready-timeout", "240"), FreePorts.environment());
            LocalStack stack = new LocalStack(options, new PrintStream(System.out, true, StandardCharsets.UTF_8));
            StackEndpoints endpoints = stack.start();
            return new Running(stack, endpoints, new SuiteClient(endpoints));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the suite did not start", e);
        }
    }

    /** Closed by JUnit when the whole run ends, after the last class that uses it. */
    private record Running(LocalStack stack, StackEndpoints endpoints, SuiteClient client)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            client.close();
            stack.close();
        }
    }
}
