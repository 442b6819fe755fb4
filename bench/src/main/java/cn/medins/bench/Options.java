package cn.medins.bench;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} arguments with defaults; an unknown or malformed option stops the run before any load. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    static Options parse(String[] args, int from) {
        Options options = new Options();
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            options.values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    int integer(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    Duration seconds(String name, int fallbackSeconds) {
        return Duration.ofSeconds(integer(name, fallbackSeconds));
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    URI service(String name, int defaultPort) {
        String env = System.getenv(name.toUpperCase() + "_PORT");
        int port = env == null ? defaultPort : Integer.parseInt(env);
        return URI.create(text(name + "-url", "http://127.0.0.1:" + port));
    }

    String kafka() {
        return text("kafka", "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092"));
    }
}
