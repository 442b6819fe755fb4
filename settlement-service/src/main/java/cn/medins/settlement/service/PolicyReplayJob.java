package cn.medins.settlement.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.config.ActivePolicies;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.PolicyCatalog;
import cn.medins.settlement.domain.PolicyReplay;
import cn.medins.settlement.domain.PolicyReplay.PersonDifference;
import cn.medins.settlement.domain.PolicyReplay.StoredClaim;
import cn.medins.settlement.domain.SettlementCalculator;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Runs replays, one at a time per instance, on a daemon thread of its own, over JDBC: a replay reads a whole region's period of
 * claims, which the reactive pool is not meant for, and it must not hold up settling. It only reads settlements;
 * what it writes is the replay's own row (progress, result or failure) and its per-person rows.
 */
@ApplicationScoped
public class PolicyReplayJob {

    private static final Logger LOG = Logger.getLogger(PolicyReplayJob.class);
    static final int FETCH_SIZE = 5_000;
    static final int PROGRESS_EVERY = 20_000;
    /** Person rows per COPY: one statement and one commit each, a few hundred kilobytes of rows. */
    static final int PERSONS_PER_COPY = 10_000;

    private final DataSource dataSource;
    private final SettlementJson json;
    private final PolicyReplayInputs inputs;
    private final Duration heartbeatInterval;
    private final Duration staleAfter;
    private final Set<String> owned = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "policy-replay");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "policy-replay-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    /** The treating regions' catalogues for the remote claims a draft rates, as the counter would (PolicyCatalog#rate). */
    private final Supplier<PolicyCatalog> catalogue;

    @Inject
    public PolicyReplayJob(DataSource dataSource, SettlementJson json, ActivePolicies policies,
            @ConfigProperty(name = "settlement.replays.heartbeat-interval", defaultValue = "30s") Duration heartbeatInterval,
            @ConfigProperty(name = "settlement.replays.stale-after", defaultValue = "2m") Duration staleAfter) {
        this(dataSource, json, policies::current, heartbeatInterval, staleAfter);
    }

    /** Without the container (the benchmark): {@code catalogue} gives the activated versions a replay starts with. */
    public PolicyReplayJob(DataSource dataSource, SettlementJson json, Supplier<PolicyCatalog> catalogue, Duration heartbeatInterval,
            Duration staleAfter) {
        this.dataSource = dataSource;
        this.json = json;
        this.catalogue = catalogue;
        this.inputs = new PolicyReplayInputs(json);
        this.heartbeatInterval = heartbeatInterval;
        this.staleAfter = staleAfter;
    }

    /**
     * Beats for the replays this instance holds, and fails those whose instance stopped beating: a replay left running
     * by a stopped instance never finishes, and saying so beats showing it running for ever. Another instance's live
     * replay keeps beating and is left alone.
     */
    void onStart(@Observes StartupEvent event) {
        long every = heartbeatInterval.toMillis();
        heartbeat.scheduleWithFixedDelay(this::beatQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        heartbeat.shutdownNow();
        worker.shutdownNow();
    }

    /** Queues the replay, stored {@code RUNNING} and committed, behind any other. */
    public void submit(String replayId) {
        owned.add(replayId);
        worker.execute(() -> {
            try {
                run(replayId);
            } finally {
                owned.remove(replayId);
            }
        });
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (SQLException | RuntimeException e) {
            // the database may be away; the next beat comes within the interval, well inside the stale limit
            LOG.warnf("policy replays: no heartbeat this time: %s", e.getMessage());
        }
    }

    void beat() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!owned.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update policy_replay set heartbeat_at = ? where status = 'RUNNING' and replay_id = any(?)")) {
                    update.setObject(1, now());
                    update.setArray(2, connection.createArrayOf("varchar", owned.toArray()));
                    update.executeUpdate();
                }
            }
            try (PreparedStatement stale = connection.prepareStatement("""
                    update policy_replay set status = 'FAILED', finished_at = ?,
                           failure = 'its instance stopped: no heartbeat since ' || coalesce(heartbeat_at, started_at)
                    where status = 'RUNNING' and coalesce(heartbeat_at, started_at) < ?""")) {
                stale.setObject(1, now());
                stale.setObject(2, now().minus(staleAfter));
                int failed = stale.executeUpdate();
                if (failed > 0) {
                    LOG.warnf("policy replays: %d whose instance stopped marked FAILED", failed);
                }
            }
        }
    }

    private record Job(String document, String regionCode, LocalDate from, LocalDate to) {
    }

    /**
     * Where a replay's time went, so that a slow one says whether the database, the JSON or the rating is to blame.
     * Reading includes parsing each claim's rating input and waiting for the next rows; writing is the person rows
     * and the result.
     */
    public record Timing(long claims, long persons, Duration total, Duration reading, Duration rating, Duration writing) {
    }

    /** Where the time of the replay under way goes, at the few places it changes hands (per person, not per claim). */
    private static final class Clock {

        private final long started = System.nanoTime();
        private long mark = started;
        private long reading;
        private long rating;
        private long writing;

        void read() {
            long now = System.nanoTime();
            reading += now - mark;
            mark = now;
        }

        void rated() {
            long now = System.nanoTime();
            rating += now - mark;
            mark = now;
        }

        void written() {
            long now = System.nanoTime();
            writing += now - mark;
            mark = now;
        }

        Timing timing(long claims, long persons) {
            written();
            return new Timing(claims, persons, Duration.ofNanos(mark - started), Duration.ofNanos(reading),
                    Duration.ofNanos(rating), Duration.ofNanos(writing));
        }
    }

    /**
     * Runs the stored {@code RUNNING} replay on the calling thread to {@code DONE}, or {@code FAILED} with the reason
     * (then empty). The worker runs it; it needs no container, so the benchmark drives it over a plain data source.
     */
    public Optional<Timing> run(String replayId) {
        try {
            Clock clock = new Clock();
            Job job = load(replayId);
            SettlementCalculator draft = new SettlementCalculator(PolicyFiles.read("policy of replay " + replayId,
                    new ByteArrayInputStream(job.document().getBytes(StandardCharsets.UTF_8))));
            PolicyReplay replay = new PolicyReplay(draft, catalogue.get());
            clock.read();
            replay(replayId, job, replay, clock);
            PolicyReplay.Result result = replay.result();
            finish(replayId, replay.claimsSeen(), result);
            Timing timing = clock.timing(replay.claimsSeen(), result.persons());
            LOG.infof("policy replay %s: %d claims of %d persons replayed in %d ms (reading %d ms, rating %d ms, writing %d ms)",
                    replayId, timing.claims(), timing.persons(), timing.total().toMillis(), timing.reading().toMillis(),
                    timing.rating().toMillis(), timing.writing().toMillis());
            return Optional.of(timing);
        } catch (Exception e) {
            LOG.errorf(e, "policy replay %s failed", replayId);
            fail(replayId, e);
            return Optional.empty();
        }
    }

    private Job load(String replayId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select p.document, r.region_code, r.from_date, r.to_date
                        from policy_replay r join policy p on p.policy_id = r.policy_id where r.replay_id = ?""")) {
            select.setString(1, replayId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no replay " + replayId);
                }
                return new Job(row.getString(1), row.getString(2), row.getDate(3).toLocalDate(), row.getDate(4).toLocalDate());
            }
        }
    }

    /**
     * Streams the period's live claims person by person, in claim order, through the replay, and writes each person's
     * difference as it goes: a region's year can have more persons than the service's small heap should hold. The
     * rows are read only once the replay is DONE; a failed replay's are deleted.
     */
    private void replay(String replayId, Job job, PolicyReplay replay, Clock clock) throws SQLException {
        try (Connection writer = dataSource.getConnection();
                Connection connection = dataSource.getConnection()) {
            PersonRows persons = new PersonRows(writer, replayId);
            // a cursor, not the whole period in memory: the driver fetches FETCH_SIZE rows at a time only without autocommit
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement select = connection.prepareStatement("""
                    select insured_id, rated, total, in_scope, remote_first_self_pay, deductible_applied, basic_pool, large_medical,
                           critical_illness, assistance, maternity_fund, personal
                    from settlement
                    where status = 'SETTLED' and rated is not null and region_code = ? and service_date between ? and ?
                    order by insured_id, service_date, settled_at""", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                select.setFetchSize(FETCH_SIZE);
                select.setString(1, job.regionCode());
                select.setObject(2, job.from());
                select.setObject(3, job.to());
                try (ResultSet rows = select.executeQuery()) {
                    String person = null;
                    List<StoredClaim> claims = new ArrayList<>();
                    long reported = 0;
                    while (rows.next()) {
                        String insuredId = rows.getString(1);
                        if (!insuredId.equals(person)) {
                            if (person != null) {
                                rateAndWrite(replay, persons, person, claims, clock);
                            }
                            claims.clear();
                            person = insuredId;
                        }
                        claims.add(new StoredClaim(insuredId, inputs.read(rows.getString(2)), new FundSplit(rows.getBigDecimal(3),
                                rows.getBigDecimal(4), rows.getBigDecimal(5), rows.getBigDecimal(6), rows.getBigDecimal(7),
                                rows.getBigDecimal(8), rows.getBigDecimal(9), rows.getBigDecimal(10), rows.getBigDecimal(11),
                                rows.getBigDecimal(12))));
                        if (replay.claimsSeen() + claims.size() - reported >= PROGRESS_EVERY) {
                            reported = replay.claimsSeen() + claims.size();
                            progress(replayId, reported);
                        }
                    }
                    if (person != null) {
                        rateAndWrite(replay, persons, person, claims, clock);
                    }
                    persons.flush();
                    clock.written();
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static void rateAndWrite(PolicyReplay replay, PersonRows persons, String insuredId, List<StoredClaim> claims,
            Clock clock) throws SQLException {
        clock.read();
        PersonDifference difference = replay.person(insuredId, claims);
        clock.rated();
        persons.add(difference);
        clock.written();
    }

    /**
     * The person rows of one replay, written with COPY {@link #PERSONS_PER_COPY} at a time (autocommit: the rows wait for
     * DONE). Inserted a thousand to a batch, a million claims' 200,000 rows took a quarter of the replay.
     */
    private static final class PersonRows {

        private static final String COPY = "copy policy_replay_person (replay_id, insured_id, actual_personal, replayed_personal,"
                + " difference) from stdin";

        private final CopyManager copy;
        private final String replayId;
        private final StringBuilder rows = new StringBuilder(64 * PERSONS_PER_COPY);
        private int batched;

        PersonRows(Connection writer, String replayId) throws SQLException {
            this.copy = writer.unwrap(PGConnection.class).getCopyAPI();
            this.replayId = copyText(replayId);
        }

        void add(PersonDifference person) throws SQLException {
            if (person == null) {
                return;
            }
            rows.append(replayId).append('\t').append(copyText(person.insuredId())).append('\t')
                    .append(person.actualPersonal().toPlainString()).append('\t')
                    .append(person.replayedPersonal().toPlainString()).append('\t')
                    .append(person.difference().toPlainString()).append('\n');
            if (++batched == PERSONS_PER_COPY) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (batched == 0) {
                return;
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            CopyIn in = copy.copyIn(COPY);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            rows.setLength(0);
            batched = 0;
        }

        /** A field of COPY's text format: the characters that would end it, and the escape character, escaped. */
        private static String copyText(String value) {
            StringBuilder text = null;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                String escaped = switch (c) {
                    case '\\' -> "\\\\";
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    default -> null;
                };
                if (escaped != null && text == null) {
                    text = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                if (text != null) {
                    if (escaped != null) {
                        text.append(escaped);
                    } else {
                        text.append(c);
                    }
                }
            }
            return text == null ? value : text.toString();
        }
    }

    /** On a connection of its own, committed at once, so that {@code GET /replays/{id}} sees it while the read goes on. */
    private void progress(String replayId, long claimsDone) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update policy_replay set claims_done = ? where replay_id = ? and status = 'RUNNING'")) {
            update.setLong(1, claimsDone);
            update.setString(2, replayId);
            update.executeUpdate();
        }
    }

    /** DONE with the result, unless a restart elsewhere marked it FAILED meanwhile: then its rows go. */
    private void finish(String replayId, long claimsDone, PolicyReplay.Result result) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement done = connection.prepareStatement("""
                        update policy_replay set status = 'DONE', claims_done = ?, result = ?, finished_at = ?
                        where replay_id = ? and status = 'RUNNING'""")) {
            done.setLong(1, claimsDone);
            done.setString(2, json.write(result));
            done.setObject(3, now());
            done.setString(4, replayId);
            if (done.executeUpdate() != 1) {
                deletePersons(connection, replayId);
            }
        }
    }

    private static void deletePersons(Connection connection, String replayId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from policy_replay_person where replay_id = ?")) {
            delete.setString(1, replayId);
            delete.executeUpdate();
        }
    }

    private void fail(String replayId, Exception cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update policy_replay set status = 'FAILED', failure = ?, finished_at = ?
                        where replay_id = ? and status = 'RUNNING'""")) {
            update.setString(1, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            update.setObject(2, now());
            update.setString(3, replayId);
            update.executeUpdate();
            // the CSV is never served for a failed replay: its rows only take space
            deletePersons(connection, replayId);
        } catch (SQLException e) {
            // the restart marks it FAILED at the latest
            LOG.errorf(e, "policy replay %s could not be marked FAILED", replayId);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
