package cn.medins.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

import com.sun.management.OperatingSystemMXBean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.medins.localstack.PostgresServer;
import cn.medins.rest.JsonLimits;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.PolicyReplay;
import cn.medins.settlement.domain.SettlementCalculator;
import cn.medins.settlement.domain.policy.Policy;
import cn.medins.settlement.domain.PolicyCatalog;
import cn.medins.settlement.service.PolicyReplayJob;
import cn.medins.settlement.service.SettlementJson;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;

/**
 * Settlement's what-if replay as the service runs it, over stored claims: a real PostgreSQL (started as the local
 * stack starts it) migrated with settlement's own migrations, {@code claims} settled claims of one region's year
 * written into {@code settlement} with COPY (timed apart and not counted), then {@link PolicyReplayJob#run} on this
 * thread over a pool of four connections, as in the service: it reads the period with a cursor, parses each rating
 * input, rates it with a draft of the reference policy (resident outpatient 60% → 70%) and writes the per-person rows
 * and the result. With {@code --fsync=on} (the default) the server syncs its writes as production's does.
 */
final class PolicyReplayStoredBench {

    private static final String DATABASE = "settlement";
    /** Flyway names every migration it applies, fifteen lines above the one this prints; held, as JUL keeps loggers weakly. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private PolicyReplayStoredBench() {
    }

    static String run(Options options) throws Exception {
        int claims = options.integer("claims", 1_000_000);
        int templatePersons = options.integer("template-persons", 5_000);
        boolean fsync = switch (options.text("fsync", "on")) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--fsync must be on or off");
        };
        Path root = Path.of(System.getProperty("medins.repo-root", "."));
        FLYWAY_LOG.setLevel(Level.WARNING);
        // a data folder of its own is what makes PostgresServer sync (a throw-away one runs with fsync off)
        Path dataDir = fsync ? Files.createTempDirectory("policy-replay-stored-") : null;
        try (PostgresServer postgres = PostgresServer.start(0, dataDir)) {
            postgres.createDatabases(List.of(DATABASE));
            try (AgroalDataSource dataSource = pool(postgres.jdbcUrl(DATABASE))) {
                Flyway.configure().dataSource(dataSource)
                        .locations("filesystem:" + root.resolve("service-support/src/main/resources/db/messaging"),
                                "filesystem:" + root.resolve("settlement-service/src/main/resources/db/migration"))
                        .load().migrate();
                return replay(dataSource, claims, templatePersons, fsync);
            }
        } finally {
            if (dataDir != null) {
                delete(dataDir);
            }
        }
    }

    private static String replay(AgroalDataSource dataSource, int claims, int templatePersons, boolean fsync) throws Exception {
        SettlementJson json = new SettlementJson(applicationMapper());
        Policy reference = PolicyFiles.readResource("policies/371600-2026.json");
        Policy draft = PolicyReplayBench.revision(reference);
        String replayId;
        int persons;
        long loadStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            replayId = replayOfDraft(connection, reference, draft);
            persons = StoredSettlements.load(connection, json, new SettlementCalculator(reference), claims, templatePersons);
            // as autovacuum would have left a table settled over a year: statistics, hint bits and visibility map set
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze settlement");
                statement.execute("checkpoint");
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.err.printf(Locale.ROOT, "policy-replay-stored: %d claims of %d persons loaded with COPY in %.1f s (not counted)%n",
                claims, persons, loadSeconds);

        PolicyReplayJob job = new PolicyReplayJob(dataSource, json,
                () -> PolicyCatalog.ofYearlyPolicies(List.of()), Duration.ofSeconds(30), Duration.ofMinutes(2));
        long postmaster = postmaster(dataSource);
        double serverCpuBefore = ServerCpu.seconds(postmaster);
        double jvmCpuBefore = jvmCpuSeconds();
        long start = System.nanoTime();
        PolicyReplayJob.Timing timing = job.run(replayId)
                .orElseThrow(() -> new IllegalStateException("the replay failed: " + failure(dataSource, replayId)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvmCpu = jvmCpuSeconds() - jvmCpuBefore;
        double serverCpu = ServerCpu.seconds(postmaster) - serverCpuBefore;

        Stored stored = stored(dataSource, replayId, json);
        if (!"DONE".equals(stored.status()) || stored.claimsDone() != claims || stored.personRows() != persons
                || stored.result().claims() != claims) {
            throw new IllegalStateException("the replay did not do what it should: " + stored);
        }
        PolicyReplay.Result result = stored.result();
        return String.format(Locale.ROOT, "policy-replay-stored: %d claims of %d persons replayed from PostgreSQL (fsync %s) in %.2f s:"
                + " %.0f claims/s; reading and parsing %.2f s, rating %.2f s, writing %.2f s; CPU: JVM %.2f s, PostgreSQL %.2f s"
                + " (%.0f claims per CPU second); %d person rows; basic pool %+,.2f, personal %+,.2f, %d persons paying less;"
                + " loaded in %.1f s (not counted)",
                timing.claims(), timing.persons(), fsync ? "on" : "off", seconds, timing.claims() / seconds,
                secondsOf(timing.reading()), secondsOf(timing.rating()), secondsOf(timing.writing()), jvmCpu, serverCpu,
                timing.claims() / (jvmCpu + serverCpu), stored.personRows(),
                result.funds().difference().basicPool(), result.funds().difference().personal(), result.payingLess().persons(),
                loadSeconds);
    }

    /** As Quarkus makes the service's mapper: its modules, dates as text, and the suite's {@link JsonLimits}. */
    static ObjectMapper applicationMapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new JsonLimits().customize(mapper);
        return mapper;
    }

    /** As the service's JDBC pool ({@code quarkus.datasource.jdbc.max-size=4}, autocommit). */
    private static AgroalDataSource pool(String url) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(4)
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(url)
                                .principal(new NamePrincipal(PostgresServer.USER))
                                .credential(new SimplePassword(PostgresServer.PASSWORD)))));
    }

    /** The reference policy in force and the draft, and a replay of the draft stored RUNNING as the service starts one. */
    private static String replayOfDraft(Connection connection, Policy reference, Policy draft) throws SQLException {
        String referenceId = UUID.randomUUID().toString();
        String draftId = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into policy (policy_id, region_code, policy_year, version, effective_from, document, created_by, created_at,
                                    activation_seq, activated_by, activated_at)
                values (?, ?, 2026, ?, ?, ?, 'bench', ?, ?, ?, ?)""")) {
            insert.setString(1, referenceId);
            insert.setString(2, StoredSettlements.REGION);
            insert.setString(3, reference.version());
            insert.setObject(4, FROM);
            insert.setString(5, PolicyFiles.write(reference));
            insert.setObject(6, now);
            insert.setLong(7, 1);
            insert.setString(8, "bench");
            insert.setObject(9, now);
            insert.executeUpdate();
            insert.setString(1, draftId);
            insert.setString(3, draft.version());
            insert.setObject(4, LocalDate.of(2026, 7, 1));
            insert.setString(5, PolicyFiles.write(draft));
            insert.setNull(7, Types.BIGINT);
            insert.setNull(8, Types.VARCHAR);
            insert.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.executeUpdate();
        }
        String replayId = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into policy_replay (replay_id, policy_id, region_code, from_date, to_date, status, started_by, started_at,
                                           heartbeat_at)
                values (?, ?, ?, ?, ?, 'RUNNING', 'bench', ?, ?)""")) {
            insert.setString(1, replayId);
            insert.setString(2, draftId);
            insert.setString(3, StoredSettlements.REGION);
            insert.setObject(4, FROM);
            insert.setObject(5, TO);
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.executeUpdate();
        }
        return replayId;
    }

    private record Stored(String status, long claimsDone, long personRows, PolicyReplay.Result result) {
    }

    private static Stored stored(AgroalDataSource dataSource, String replayId, SettlementJson json) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select status, claims_done, result, (select count(*) from policy_replay_person p where p.replay_id = r.replay_id)
                        from policy_replay r where replay_id = ?""")) {
            select.setString(1, replayId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Stored(row.getString(1), row.getLong(2), row.getLong(4),
                        row.getString(3) == null ? null : json.replayResult(row.getString(3)));
            }
        }
    }

    private static String failure(AgroalDataSource dataSource, String replayId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select failure from policy_replay where replay_id = ?")) {
            select.setString(1, replayId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "no replay row";
            }
        } catch (SQLException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** The whole JVM's: the replay's thread, and the compiler and the collector working for it. */
    private static double jvmCpuSeconds() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The server of this benchmark's connections (the parent of their backends), not another session's. */
    private static long postmaster(AgroalDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            long backend = row.getLong(1);
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                    .orElseThrow(() -> new IllegalStateException("no postmaster above backend " + backend));
        }
    }

    private static double secondsOf(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
