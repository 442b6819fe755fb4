package cn.medins.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;

import cn.medins.contracts.Topics;

/**
 * The whole suite on one machine: PostgreSQL, Kafka and the four services as supervised processes. Closing it stops
 * what was started, services first, and may happen from a shutdown hook while {@link #start()} is still running.
 */
public final class LocalStack implements AutoCloseable {

    private static final int TOPIC_PARTITIONS = 3;
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 40;

    private final LauncherOptions options;
    private final PrintStream out;
    private final Duration livenessInterval;
    private final ReadinessProbe probe = new ReadinessProbe();
    private final CountDownLatch stopped = new CountDownLatch(1);

    // guarded by this; close() takes them over so start() cannot add anything afterwards
    private boolean closed;
    private InfrastructureLog infrastructureLog;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private final List<ServiceSupervisor> supervisors = new ArrayList<>();
    private DataFolder dataFolder;

    public LocalStack(LauncherOptions options, PrintStream out) {
        this(options, out, ServiceSupervisor.DEFAULT_LIVENESS_INTERVAL);
    }

    /** @param livenessInterval how often supervisors ask a ready service's liveness; short in tests */
    LocalStack(LauncherOptions options, PrintStream out, Duration livenessInterval) {
        this.options = options;
        this.out = out;
        this.livenessInterval = livenessInterval;
    }

    /**
     * Starts everything and waits until every service is ready, then prints the summary.
     *
     * @throws StartupException with a message for the user; what was started is left for {@link #close()}
     */
    public StackEndpoints start() throws StartupException, IOException {
        Instant began = Instant.now();
        requireServiceJars();
        PortCheck.requireFree(options.portsByVariable());
        DataFolder data = DataFolder.prepare(options.dataDir(), options.fresh());
        synchronized (this) {
            dataFolder = data;
        }
        Path infrastructureLogFile = data.logOf("infrastructure");
        keep(() -> InfrastructureLog.writeTo(infrastructureLogFile), log -> infrastructureLog = log);
        Logger.getLogger(LocalStack.class.getName()).info(() -> "starting the local stack with " + options);

        out.println("Starting PostgreSQL on port " + options.postgresPort() + " (log: " + infrastructureLogFile + ")");
        PostgresServer db = keep(() -> PostgresServer.start(options.postgresPort(), data.postgres()), pg -> postgres = pg);
        db.createDatabases(Stream.of(SuiteService.values()).map(SuiteService::database).toList());

        out.println("Starting Kafka on port " + options.kafkaPort());
        KafkaBroker broker = keep(() -> KafkaBroker.start(options.kafkaPort(), data.kafka()), k -> kafka = k);
        broker.createTopics(Topics.allWithDeadLetters(), TOPIC_PARTITIONS);
        // the broker reports its listener as PLAINTEXT://host:port; services and users expect plain host:port
        String kafkaBootstrapServers = "127.0.0.1:" + options.kafkaPort();

        out.println("Starting " + Stream.of(SuiteService.values()).map(SuiteService::moduleName).collect(Collectors.joining(", "))
                + " (logs: " + data.logs() + ")");
        Instant launched = Instant.now();
        // the services verify tokens against the key set (JWKS), which names the key by the kid tokens carry
        Path keySet = SigningKeys.in(data.keys()).keySetFile();
        Path personalDataKeyset = PersonalDataKeyset.in(data.keys());
        Map<SuiteService, ServiceSupervisor> started =
                startServices(data, kafkaBootstrapServers, keySet, personalDataKeyset);
        Map<SuiteService, Duration> readyAfter = awaitServicesReady(started, launched);

        Map<SuiteService, URI> serviceUris = new EnumMap<>(SuiteService.class);
        Map<String, String> jdbcUrls = new LinkedHashMap<>();
        started.forEach((service, supervisor) -> {
            serviceUris.put(service, supervisor.definition().baseUri());
            jdbcUrls.put(service.database(), db.jdbcUrl(service.database()));
        });
        StackEndpoints endpoints = new StackEndpoints(serviceUris, kafkaBootstrapServers, jdbcUrls,
                PostgresServer.USER, PostgresServer.PASSWORD, data.root(), data.logs());
        out.print(StackSummary.format(endpoints, readyAfter, Duration.between(began, Instant.now())));
        return endpoints;
    }

    /** The process now running the service; a different one after its supervisor restarted it. */
    public long pid(SuiteService service) {
        return supervisor(service).pid();
    }

    /** Kills the service's current process with SIGKILL, as a crash would; its supervisor restarts it. */
    public long kill(SuiteService service) {
        long pid = pid(service);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        return pid;
    }

    /** Whether the service answers ready within {@code timeout}, e.g. after a {@link #kill} or an outage. */
    public boolean awaitReady(SuiteService service, Duration timeout) {
        return probe.awaitReady(supervisor(service).definition().readinessUri(), Instant.now().plus(timeout), () -> !isClosed());
    }

    /** Stops the broker, keeps it down for {@code outage}, and starts it again on the same port with the same log. */
    public void restartKafka(Duration outage) throws InterruptedException {
        KafkaBroker broker;
        DataFolder data;
        synchronized (this) {
            broker = kafka;
            data = dataFolder;
        }
        broker.close();
        Thread.sleep(outage.toMillis());
        KafkaBroker restarted = KafkaBroker.start(options.kafkaPort(), data.kafka());
        synchronized (this) {
            kafka = restarted;
        }
    }

    /** Stops PostgreSQL, keeps it down for {@code outage}, and starts it again on the same port with the same data. */
    public void restartPostgres(Duration outage) throws InterruptedException {
        PostgresServer db;
        DataFolder data;
        synchronized (this) {
            db = postgres;
            data = dataFolder;
        }
        db.close();
        Thread.sleep(outage.toMillis());
        PostgresServer restarted = PostgresServer.start(options.postgresPort(), data.postgres());
        synchronized (this) {
            postgres = restarted;
        }
    }

    /**
     * Freezes PostgreSQL (SIGSTOP to all its processes: connections hang, nothing fails) for {@code pause}, running
     * {@code meanwhile} while it is frozen, and thaws it.
     */
    public void freezePostgres(Duration pause, Runnable meanwhile) throws InterruptedException {
        PostgresServer db;
        synchronized (this) {
            db = postgres;
        }
        db.freeze(pause, meanwhile);
    }

    private synchronized ServiceSupervisor supervisor(SuiteService service) {
        return supervisors.stream().filter(s -> s.definition().name().equals(service.moduleName())).findFirst()
                .orElseThrow(() -> new IllegalStateException(service.moduleName() + " was not started"));
    }

    /** Blocks until {@link #close()} has stopped everything. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops services first, so they do not lose Kafka or PostgreSQL while still running, then Kafka, then PostgreSQL.
     * A second caller (another signal, the shutdown hook) waits for the first to finish, so the JVM does not exit
     * halfway through.
     */
    @Override
    public void close() {
        List<ServiceSupervisor> services;
        KafkaBroker broker;
        PostgresServer db;
        InfrastructureLog log;
        boolean alreadyClosing;
        synchronized (this) {
            alreadyClosing = closed;
            closed = true;
            services = List.copyOf(supervisors);
            broker = kafka;
            db = postgres;
            log = infrastructureLog;
        }
        if (alreadyClosing) {
            awaitStoppedUninterruptibly();
            return;
        }
        try {
            boolean anythingStarted = !services.isEmpty() || broker != null || db != null;
            if (anythingStarted) {
                out.println("Stopping the local stack");
            }
            services.forEach(ServiceSupervisor::requestStop);
            services.forEach(supervisor -> supervisor.awaitStopped(STOP_GRACE));
            closeQuietly("Kafka", broker);
            closeQuietly("PostgreSQL", db);
            if (anythingStarted) {
                out.println("Local stack stopped");
            }
            closeQuietly("the infrastructure log", log);
        } finally {
            stopped.countDown();
        }
    }

    private void awaitStoppedUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                stopped.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireServiceJars() throws StartupException {
        List<String> missing = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            Path jar = service.runnerJar(options.repoRoot());
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupException("missing " + String.join(", ", missing)
                    + "; build the suite first with ./mvnw -DskipTests install (deploy/local/start does that for you)");
        }
    }

    private static List<String> serviceCommand(String java, Path runnerJar) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(ServiceJvmOptions.forRuntime(Runtime.version()));
        command.addAll(List.of("-jar", runnerJar.toString()));
        return command;
    }

    private Map<SuiteService, ServiceSupervisor> startServices(DataFolder data, String kafkaBootstrapServers, Path keySet,
            Path personalDataKeyset)
            throws StartupException, IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<SuiteService, ServiceSupervisor> started = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            int port = options.servicePorts().get(service);
            ServiceDefinition definition = new ServiceDefinition(
                    service.moduleName(),
                    port,
                    serviceCommand(java, service.runnerJar(options.repoRoot())),
                    service.moduleDirectory(options.repoRoot()),
                    Map.ofEntries(Map.entry("MALLOC_ARENA_MAX", "2"),
                            Map.entry("QUARKUS_HTTP_PORT", String.valueOf(port)),
                            Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers),
                            Map.entry("DB_HOST", "127.0.0.1"),
                            Map.entry("DB_PORT", String.valueOf(options.postgresPort())),
                            Map.entry("DB_USER", PostgresServer.USER),
                            Map.entry("DB_PASSWORD", PostgresServer.PASSWORD),
                            Map.entry("JWT_PUBLIC_KEY_LOCATION", keySet.toAbsolutePath().toString()),
                            Map.entry("JWT_ISSUER", SigningKeys.ISSUER),
                            Map.entry("PERSONAL_DATA_KEYSET_LOCATION", personalDataKeyset.toString()),
                            // the reference institutions of the registry (settlement reads it; the others ignore it)
                            Map.entry("SETTLEMENT_INSTITUTIONS_SEED", "reference/institutions.json")),
                    data.logOf(service.moduleName()));
            ServiceSupervisor supervisor = new ServiceSupervisor(definition, probe, options.readyTimeout(),
                    RestartBackoff.standard(), livenessInterval, options.livenessGrace(), out);
            synchronized (this) {
                requireOpen();
                supervisors.add(supervisor);
                supervisor.start();
            }
            started.put(service, supervisor);
        }
        return started;
    }

    private Map<SuiteService, Duration> awaitServicesReady(Map<SuiteService, ServiceSupervisor> started, Instant launched)
            throws StartupException {
        // All services were launched together, so one deadline serves them all.
        Map<SuiteService, URI> readiness = new EnumMap<>(SuiteService.class);
        started.forEach((service, supervisor) -> readiness.put(service, supervisor.definition().readinessUri()));
        Map<SuiteService, Instant> readyAt = probe.awaitAll(readiness, launched.plus(options.readyTimeout()), () -> !isClosed());
        requireOpen();
        if (readyAt.size() < started.size()) {
            StringBuilder message = new StringBuilder();
            started.forEach((service, supervisor) -> {
                if (readyAt.containsKey(service)) {
                    return;
                }
                ServiceDefinition definition = supervisor.definition();
                message.append(definition.name()).append(" is not ready after ").append(options.readyTimeout().toSeconds())
                        .append(" s (").append(definition.readinessUri()).append(" did not answer 200). Last lines of ")
                        .append(definition.logFile()).append(':').append(System.lineSeparator());
                LogTail.lastLines(definition.logFile(), LOG_TAIL_LINES)
                        .forEach(line -> message.append("  | ").append(line).append(System.lineSeparator()));
            });
            throw new StartupException(message.toString().stripTrailing());
        }
        Map<SuiteService, Duration> readyAfter = new EnumMap<>(SuiteService.class);
        readyAt.forEach((service, at) -> readyAfter.put(service, Duration.between(launched, at)));
        return readyAfter;
    }

    /** Starts a resource unless the stack is closing, and hands it to {@link #close()}. */
    private synchronized <T> T keep(Starter<T> starter, Consumer<T> field) throws StartupException, IOException {
        requireOpen();
        T resource = starter.start();
        field.accept(resource);
        return resource;
    }

    private interface Starter<T> {
        T start() throws IOException;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private synchronized void requireOpen() throws StartupException {
        if (closed) {
            throw new StartupException("the local stack was stopped while starting");
        }
    }

    private void closeQuietly(String what, AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            out.println("could not stop " + what + ": " + e.getMessage());
            Logger.getLogger(LocalStack.class.getName()).log(Level.WARNING, "could not stop " + what, e);
        }
    }
}
