package cn.medins.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the launcher was asked to do, from its command line and environment. */
public record LauncherOptions(
        Path repoRoot,
        Path dataDir,
        boolean fresh,
        boolean demo,
        Duration readyTimeout,
        int kafkaPort,
        int postgresPort,
        Map<SuiteService, Integer> servicePorts,
        Duration livenessGrace) {

    public static final String KAFKA_PORT = "KAFKA_PORT";
    public static final String PG_PORT = "PG_PORT";
    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_PG_PORT = 55432;
    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    static final Duration DEFAULT_LIVENESS_GRACE = ServiceSupervisor.DEFAULT_LIVENESS_GRACE;

    public static final String USAGE = """
            usage: deploy/local/start [--fresh] [--demo] [--data-dir DIR] [--ready-timeout SECONDS]
                                      [--liveness-grace SECONDS]

              --fresh                   delete the data folder first (PostgreSQL, Kafka and logs start empty)
              --data-dir DIR            where PostgreSQL, Kafka and the logs live (default: <repo>/.local-stack)
              --demo                    run the demo scenarios once everything is ready
              --ready-timeout SECONDS   how long each service may take to become ready (default: 180)
              --liveness-grace SECONDS  how long a service that was ready may fail its liveness check
                                        (/q/health/live DOWN or not answering) before it is restarted (default: 30)
              --repo-root DIR           the checkout holding the service modules (default: current folder)
              --help                    show this text

            ports, overridable by environment variables:
              KAFKA_PORT=9092  PG_PORT=55432
              ENROLLMENT_PORT=8081  SETTLEMENT_PORT=8082  AUDIT_PORT=8083  ASSISTANCE_PORT=8084
            """;

    public LauncherOptions {
        servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
    }

    /** The components before {@code livenessGrace} was added, so that code building options itself keeps compiling. */
    public LauncherOptions(Path repoRoot, Path dataDir, boolean fresh, boolean demo, Duration readyTimeout, int kafkaPort,
            int postgresPort, Map<SuiteService, Integer> servicePorts) {
        this(repoRoot, dataDir, fresh, demo, readyTimeout, kafkaPort, postgresPort, servicePorts, DEFAULT_LIVENESS_GRACE);
    }

    public static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /**
     * @throws IllegalArgumentException naming the offending flag or variable
     */
    public static LauncherOptions parse(List<String> args, Map<String, String> env) {
        Path repoRoot = Path.of("");
        Path dataDir = null;
        boolean fresh = false;
        boolean demo = false;
        Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        Duration livenessGrace = DEFAULT_LIVENESS_GRACE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String flag = equals < 0 ? arg : arg.substring(0, equals);
            switch (flag) {
                case "--fresh" -> fresh = noValue(flag, equals);
                case "--demo" -> demo = noValue(flag, equals);
                case "--data-dir", "--repo-root", "--ready-timeout", "--liveness-grace" -> {
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new IllegalArgumentException(flag + " needs a value");
                    }
                    if (value.isBlank()) {
                        throw new IllegalArgumentException(flag + " needs a value");
                    }
                    switch (flag) {
                        case "--data-dir" -> dataDir = Path.of(value);
                        case "--repo-root" -> repoRoot = Path.of(value);
                        case "--ready-timeout" -> readyTimeout = Duration.ofSeconds(positiveSeconds(flag, value));
                        default -> livenessGrace = Duration.ofSeconds(positiveSeconds(flag, value));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = (dataDir == null ? repoRoot.resolve(".local-stack") : dataDir).toAbsolutePath().normalize();

        Map<String, Integer> portsByVariable = new LinkedHashMap<>();
        portsByVariable.put(KAFKA_PORT, port(env, KAFKA_PORT, DEFAULT_KAFKA_PORT));
        portsByVariable.put(PG_PORT, port(env, PG_PORT, DEFAULT_PG_PORT));
        Map<SuiteService, Integer> servicePorts = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            int port = port(env, service.portVariable(), service.defaultPort());
            portsByVariable.put(service.portVariable(), port);
            servicePorts.put(service, port);
        }
        requireDistinct(portsByVariable);
        return new LauncherOptions(repoRoot, dataDir, fresh, demo, readyTimeout,
                portsByVariable.get(KAFKA_PORT), portsByVariable.get(PG_PORT), servicePorts, livenessGrace);
    }

    /** Every port the stack listens on, keyed by the environment variable that moves it. */
    public Map<String, Integer> portsByVariable() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(KAFKA_PORT, kafkaPort);
        ports.put(PG_PORT, postgresPort);
        servicePorts.forEach((service, port) -> ports.put(service.portVariable(), port));
        return ports;
    }

    private static boolean noValue(String flag, int equals) {
        if (equals >= 0) {
            throw new IllegalArgumentException(flag + " takes no value");
        }
        return true;
    }

    private static long positiveSeconds(String flag, String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below together with the out-of-range case
        }
        throw new IllegalArgumentException(flag + " must be a positive number of seconds, got '" + value + "'");
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below together with the out-of-range case
        }
        throw new IllegalArgumentException(variable + " must be a port number between 1 and 65535, got '" + value + "'");
    }

    private static void requireDistinct(Map<String, Integer> portsByVariable) {
        Map<Integer, String> owners = new LinkedHashMap<>();
        portsByVariable.forEach((variable, port) -> {
            String owner = owners.putIfAbsent(port, variable);
            if (owner != null) {
                throw new IllegalArgumentException(owner + " and " + variable + " both ask for port " + port);
            }
        });
    }
}
