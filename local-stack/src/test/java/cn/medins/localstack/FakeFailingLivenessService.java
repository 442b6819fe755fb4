package cn.medins.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Quarkus service whose liveness fails while its process keeps running. It answers 200 on
 * /q/health/ready and /q/health/live at QUARKUS_HTTP_PORT, and logs every liveness answer so that a test can tell
 * what the supervisor was told. While a file {@code live-down-<pid>} exists in its working directory, liveness answers
 * 503 with a DOWN report shaped like SmallRye Health's; once a file {@code live-silent-<pid>} appears it stops
 * answering HTTP altogether. The files carry the pid so that the process restarted after it is healthy again.
 * With FAKE_IGNORE_SIGTERM=true its shutdown never finishes, as for a service hung in its shutdown, so only SIGKILL
 * ends it. Kept to this one class, as LocalStackTest packs only the main class into a service jar.
 */
public final class FakeFailingLivenessService {

    static final String DOWN_CHECK = "SmallRye Reactive Messaging - liveness check";
    static final String DOWN_CHANNEL = "audit-events-in";
    static final String HEALTHY_CHANNEL = "audit-events-out";

    private static final String UP_BODY = """
            {"status":"UP","checks":[{"name":"%s","status":"UP","data":{"%s":"[OK]","%s":"[OK]"}}]}"""
            .formatted(DOWN_CHECK, DOWN_CHANNEL, HEALTHY_CHANNEL);
    // the UP check also has a "status" and a "name" in its data: a parse that merely scanned for pairs would misread it
    private static final String DOWN_BODY = """
            {
              "status": "DOWN",
              "checks": [
                {"name": "Database connections health check", "status": "UP",
                 "data": {"<default>": "UP", "nested": {"name": "not a check", "status": "DOWN"}}},
                {"name": "%s", "status": "DOWN",
                 "data": {"%s": "[KO] - Broker disconnected \\"127.0.0.1:9092\\"", "%s": "[OK]"}}
              ]
            }""".formatted(DOWN_CHECK, DOWN_CHANNEL, HEALTHY_CHANNEL);

    private FakeFailingLivenessService() {
    }

    static Path downSwitch(Path workingDirectory, long pid) {
        return workingDirectory.resolve("live-down-" + pid);
    }

    static Path silenceSwitch(Path workingDirectory, long pid) {
        return workingDirectory.resolve("live-silent-" + pid);
    }

    public static void main(String[] args) throws Exception {
        long pid = ProcessHandle.current().pid();
        Path workingDirectory = Path.of(System.getProperty("user.dir"));
        Path down = downSwitch(workingDirectory, pid);
        Path silent = silenceSwitch(workingDirectory, pid);
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"))), 0);
        server.createContext("/q/health/ready", exchange -> answer(exchange, 200, "{\"status\":\"UP\",\"checks\":[]}"));
        server.createContext("/q/health/live", exchange -> {
            boolean isDown = Files.exists(down);
            answer(exchange, isDown ? 503 : 200, isDown ? DOWN_BODY : UP_BODY);
            System.out.println("served live " + (isDown ? "DOWN" : "UP"));
        });
        server.start();
        if (Boolean.parseBoolean(System.getenv("FAKE_IGNORE_SIGTERM"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("SIGTERM received; hanging");
                sleepForever();
            }));
        }
        System.out.println("ready, pid " + pid);
        while (!Files.exists(silent)) {
            Thread.sleep(50);
        }
        server.stop(0);
        System.out.println("stopped answering HTTP");
        sleepForever();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream response = exchange.getResponseBody()) {
            response.write(bytes);
        }
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // nothing may end it but a signal
            }
        }
    }
}
