package cn.medins.localstack;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The text shown once the stack is ready: everything a user needs to reach it. */
final class StackSummary {

    private StackSummary() {
    }

    static String format(StackEndpoints stack, Map<SuiteService, Duration> readyAfter, Duration total) {
        StringBuilder text = new StringBuilder();
        text.append(System.lineSeparator())
                .append("Local stack is ready (").append(total.toMillis()).append(" ms)").append(System.lineSeparator())
                .append(System.lineSeparator());
        stack.services().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            URI base = entry.getValue();
            Duration ready = readyAfter.get(entry.getKey());
            line(text, entry.getKey().moduleName(), base + (ready == null ? "" : "   (ready in " + ready.toMillis() + " ms)"));
            line(text, "  swagger ui", base.resolve("/q/swagger-ui").toString());
            line(text, "  health", base.resolve("/q/health").toString());
            line(text, "  metrics", base.resolve("/q/metrics").toString());
        });
        text.append(System.lineSeparator());
        line(text, "Kafka bootstrap", stack.kafkaBootstrapServers());
        String label = "PostgreSQL";
        for (String url : stack.jdbcUrls().values()) {
            line(text, label, url);
            label = "";
        }
        line(text, "", "user " + stack.databaseUser() + ", password " + stack.databasePassword());
        line(text, "Data folder", stack.dataDir().toString());
        line(text, "Logs", stack.logDir().toString());
        text.append(System.lineSeparator()).append("Press Ctrl+C to stop everything.").append(System.lineSeparator());
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-20s %s%n", label, value));
    }
}
