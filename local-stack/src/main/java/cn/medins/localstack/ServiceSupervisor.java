package cn.medins.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one service process running: starts it, restarts it with a back-off whenever it exits, and reports when a
 * restarted process is ready again. Exits, back-off waits and readiness waits are handled one at a time on a
 * single thread of its own.
 */
public final class ServiceSupervisor {

    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final ServiceDefinition definition;
    private final ReadinessProbe probe;
    private final Duration readyTimeout;
    private final RestartBackoff backoff;
    private final PrintStream out;
    private final ScheduledExecutorService executor;

    private final Object lock = new Object();
    private Process process;
    private Instant startedAt;
    private boolean stopping;

    ServiceSupervisor(ServiceDefinition definition, ReadinessProbe probe, Duration readyTimeout, RestartBackoff backoff,
            PrintStream out) {
        this.definition = definition;
        this.probe = probe;
        this.readyTimeout = readyTimeout;
        this.backoff = backoff;
        this.out = out;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "supervisor-" + definition.name());
            thread.setDaemon(true);
            return thread;
        });
    }

    public ServiceDefinition definition() {
        return definition;
    }

    /** Starts the process; from now on it is restarted whenever it exits, until {@link #requestStop()}. */
    public void start() throws IOException {
        synchronized (lock) {
            if (stopping) {
                throw new IllegalStateException(definition.name() + " is being stopped");
            }
            launch();
        }
    }

    /** The pid of the current process, which changes with every restart. */
    public long pid() {
        synchronized (lock) {
            if (process == null) {
                throw new IllegalStateException(definition.name() + " was not started");
            }
            return process.pid();
        }
    }

    /** Stops supervising, so nothing is restarted any more, and asks the process to terminate (SIGTERM). */
    public void requestStop() {
        Process current;
        synchronized (lock) {
            stopping = true;
            current = process;
        }
        executor.shutdownNow();
        if (current != null) {
            current.destroy();
        }
    }

    /**
     * Waits for the process to exit after {@link #requestStop()}, killing it (SIGKILL) when it outlives the grace
     * period. When this returns, no restart is pending or in progress.
     */
    public void awaitStopped(Duration grace) {
        Process current;
        synchronized (lock) {
            current = process;
        }
        try {
            executor.awaitTermination(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (current != null && !current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                out.println(definition.name() + " did not stop within " + grace.toSeconds() + " s; killing it");
                current.destroyForcibly();
                current.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (current != null) {
                current.destroyForcibly();
            }
        }
    }

    public void stop(Duration grace) {
        requestStop();
        awaitStopped(grace);
    }

    private void launch() throws IOException {
        Files.createDirectories(definition.logFile().getParent());
        Files.writeString(definition.logFile(),
                "---- " + definition.name() + " starting at " + Instant.now() + " ----" + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(definition.command())
                .directory(definition.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(definition.logFile().toFile()));
        builder.environment().putAll(definition.environment());
        Process started = builder.start();
        process = started;
        startedAt = Instant.now();
        started.onExit().thenAcceptAsync(this::onExit, executor);
    }

    private void onExit(Process exited) {
        Duration uptime;
        synchronized (lock) {
            if (stopping || exited != process) {
                return;
            }
            uptime = Duration.between(startedAt, Instant.now());
        }
        out.println(definition.name() + " exited with code " + exited.exitValue() + "; restarting");
        scheduleRestart(backoff.delayAfter(uptime));
    }

    private void scheduleRestart(Duration delay) {
        try {
            executor.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopped meanwhile: nothing is to be restarted any more
        }
    }

    private void restart() {
        Instant began = Instant.now();
        Process restarted;
        synchronized (lock) {
            if (stopping) {
                return;
            }
            try {
                launch();
            } catch (IOException e) {
                out.println(definition.name() + " could not be restarted: " + e.getMessage());
                scheduleRestart(backoff.delayAfter(Duration.ZERO));
                return;
            }
            restarted = process;
        }
        boolean ready = probe.awaitReady(definition.readinessUri(), began.plus(readyTimeout),
                () -> restarted.isAlive() && !isStopping());
        if (ready) {
            out.println(definition.name() + " is ready again (pid " + restarted.pid() + ", "
                    + Duration.between(began, Instant.now()).toMillis() + " ms)");
        } else if (restarted.isAlive() && !isStopping()) {
            out.println(definition.name() + " is still not ready " + readyTimeout.toSeconds()
                    + " s after its restart; see " + definition.logFile());
        }
        // a restarted process that died while being probed is handled by its own exit callback, queued behind this
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }
}
