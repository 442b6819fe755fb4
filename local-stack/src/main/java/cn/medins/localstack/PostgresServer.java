package cn.medins.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the binaries that come as a Maven dependency. With a data folder
 * the cluster survives a restart; without one it lives in a temporary folder removed on close.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param port 0 for any free port
     * @param dataDir where the cluster is kept, or {@code null} for a throw-away folder
     */
    public static PostgresServer start(int port, Path dataDir) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", dataDir == null ? "off" : "on")
                .setServerConfig("synchronous_commit", dataDir == null ? "off" : "on");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDir != null) {
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        try {
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates each database that does not exist yet. */
    public void createDatabases(Collection<String> databases) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : databases) {
                if (!DATABASE_NAME.matcher(database).matches()) {
                    throw new IllegalArgumentException("not a plain database name: " + database);
                }
                try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    if (rs.next()) {
                        continue;
                    }
                }
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create databases " + databases + ": " + e.getMessage(), e);
        }
    }

    /**
     * Freezes the server as a stalled disk or a paused virtual machine would (SIGSTOP to the postmaster and every
     * backend, so open connections hang without failing), runs {@code meanwhile}, keeps it frozen until {@code pause}
     * has passed, then thaws it. The server is thawed whatever happens.
     */
    public void freeze(Duration pause, Runnable meanwhile) throws InterruptedException {
        Instant until = Instant.now().plus(pause);
        List<ProcessHandle> processes = processes();
        try {
            signal("-STOP", processes);
            meanwhile.run();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()));
        } finally {
            signal("-CONT", processes);
        }
    }

    /**
     * The postmaster, from its pid file, and the backends and helpers it started. Read after the connection that found
     * the data folder is closed, so that its backend, which exits then, is not among them.
     */
    private List<ProcessHandle> processes() {
        Path dataDirectory;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show data_directory")) {
            rs.next();
            dataDirectory = Path.of(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find PostgreSQL's data folder: " + e.getMessage(), e);
        }
        long postmaster;
        try {
            postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PostgreSQL's pid file", e);
        }
        ProcessHandle server = ProcessHandle.of(postmaster)
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL postmaster " + postmaster));
        List<ProcessHandle> processes = new ArrayList<>();
        processes.add(server);
        server.descendants().forEach(processes::add);
        return processes;
    }

    /** A process that ended meanwhile (a backend whose client went away) needs no signal. */
    private static void signal(String signal, List<ProcessHandle> processes) throws InterruptedException {
        for (ProcessHandle process : processes) {
            try {
                Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (kill.waitFor() != 0 && process.isAlive()) {
                    throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot signal PostgreSQL", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        }
    }
}
