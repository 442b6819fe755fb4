package cn.medins.settlement.config;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.medins.settlement.domain.PolicyCatalog;
import cn.medins.settlement.domain.PolicyCatalog.Version;
import cn.medins.settlement.domain.policy.Policy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * The policy versions in force, read from the database: at start-up (after the shipped policy files are seeded into
 * it, once), after every activation on this instance, and every {@code settlement.policies.refresh-interval} so that
 * an activation on another instance takes effect here without a restart. Each stored document is checked again as
 * it is loaded; a bad one stops the start, naming the version and field.
 */
@ApplicationScoped
public class ActivePolicies {

    private static final Logger LOG = Logger.getLogger(ActivePolicies.class);

    private final DataSource dataSource;
    private final List<String> files;
    private final Duration refreshInterval;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "policy-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private volatile PolicyCatalog catalog;
    private volatile long lastActivation = -1;

    public ActivePolicies(DataSource dataSource, @ConfigProperty(name = "settlement.policies") List<String> files,
            @ConfigProperty(name = "settlement.policies.refresh-interval", defaultValue = "5s") Duration refreshInterval) {
        this.dataSource = dataSource;
        this.files = files;
        this.refreshInterval = refreshInterval;
    }

    /** Before the consumers and the HTTP server start: nothing is rated without the policies. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        List<Policy> shipped = files.stream().map(file -> PolicyFiles.ofPoolingRegion(file, PolicyFiles.readResource(file))).toList();
        int added = seed(shipped);
        LOG.infof("policies: %d of the %d shipped policy files were new", added, shipped.size());
        reload();
        long every = refreshInterval.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        refresher.shutdownNow();
    }

    /** The activated versions as of the last refresh. */
    public PolicyCatalog current() {
        PolicyCatalog loaded = catalog;
        if (loaded == null) {
            throw new IllegalStateException("the policies are not loaded yet");
        }
        return loaded;
    }

    /** Reloads now, off the event loop; completes once this instance rates claims with what the database holds. */
    public CompletionStage<Void> refresh() {
        return CompletableFuture.runAsync(this::reloadIfActivated, refresher);
    }

    private void refreshQuietly() {
        try {
            reloadIfActivated();
        } catch (RuntimeException e) {
            // The database may be away for a while: keep rating with the versions loaded, and try again next time.
            LOG.warnf("policies not refreshed, still rating with the versions loaded: %s", e.getMessage());
        }
    }

    private void reloadIfActivated() {
        if (latestActivation() != lastActivation) {
            reload();
        }
    }

    private synchronized void reload() {
        List<Version> versions = new ArrayList<>();
        long latest = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select version, effective_from, activation_seq, document from policy
                        where activation_seq is not null order by activation_seq""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String label = rows.getString(1);
                Policy policy = PolicyFiles.read("policy " + label, new ByteArrayInputStream(rows.getString(4)
                        .getBytes(StandardCharsets.UTF_8)));
                versions.add(new Version(policy, rows.getDate(2).toLocalDate(), rows.getLong(3)));
                latest = Math.max(latest, rows.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the policies: " + e.getMessage(), e);
        }
        catalog = new PolicyCatalog(versions);
        lastActivation = latest;
        LOG.infof("policies: %d activated versions in force or on record", versions.size());
    }

    private long latestActivation() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select coalesce(max(activation_seq), 0) from policy");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the policies: " + e.getMessage(), e);
        }
    }

    /** The shipped files become activated versions in force from 1 January of their year, unless already stored. */
    private int seed(List<Policy> shipped) {
        int added = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into policy (policy_id, region_code, policy_year, version, effective_from, document, created_by,
                                            created_at, activation_seq, activated_by, activated_at)
                        values (?, ?, ?, ?, make_date(?, 1, 1), ?, ?, ?, nextval('policy_activation_seq'), ?, ?)
                        on conflict (version) do nothing""")) {
            for (int i = 0; i < shipped.size(); i++) {
                Policy policy = shipped.get(i);
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, policy.regionCode());
                insert.setInt(3, policy.year());
                insert.setString(4, policy.version());
                insert.setInt(5, policy.year());
                insert.setString(6, PolicyFiles.write(policy));
                insert.setString(7, "seed:" + files.get(i));
                insert.setObject(8, now);
                insert.setString(9, "seed:" + files.get(i));
                insert.setObject(10, now);
                added += insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the policies: " + e.getMessage(), e);
        }
        return added;
    }
}
