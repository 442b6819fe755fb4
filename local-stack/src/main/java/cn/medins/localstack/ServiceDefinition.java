package cn.medins.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One OS process to supervise: how to start it, where its output goes and where it reports readiness and liveness. */
public record ServiceDefinition(
        String name,
        int port,
        List<String> command,
        Path workingDirectory,
        Map<String, String> environment,
        Path logFile) {

    public ServiceDefinition {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public URI readinessUri() {
        return baseUri().resolve("/q/health/ready");
    }

    public URI livenessUri() {
        return baseUri().resolve("/q/health/live");
    }
}
