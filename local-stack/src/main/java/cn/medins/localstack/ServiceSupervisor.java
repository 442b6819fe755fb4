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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one service process running: starts it, restarts it with a back-off whenever it exits, and reports when a
 * restarted process is ready again. Like a Kubernetes liveness probe, it also stops a process that was ready once but
 * whose liveness check then stays DOWN (or unanswered) for longer than a grace period, so that the exit restarts it.
 * Exits, back-off waits, readiness waits and liveness polls are handled one at a time on a single thread of its own,
 * which is what keeps a liveness poll from overlapping a restart.
 */
public final class ServiceSupervisor {

    static final Duration DEFAULT_LIVENESS_INTERVAL = Duration.ofSeconds(5);
    static final Duration DEFAULT_LIVENESS_GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final ServiceDefinition definition;
    private final ReadinessProbe probe;
    private final Duration readyTimeout;
    private final RestartBackoff backoff;
    private final Duration livenessInterval;
    private final Duration livenessGrace;
    private final PrintStream out;
    private final ScheduledExecutorService executor;

    private final Object lock = new Object();
    private Process process;
    private Instant startedAt;
    private boolean stopping;
    private LivenessWatch watch;
    private Process stoppedForLiveness;

    ServiceSupervisor(ServiceDefinition definition, ReadinessProbe probe, Duration readyTimeout, RestartBackoff backoff,
            PrintStream out) {
        this(definition, probe, readyTimeout, backoff, DEFAULT_LIVENESS_INTERVAL, DEFAULT_LIVENESS_GRACE, out);
    }

    /**
     * @param livenessInterval how often the liveness URI is asked once the process was seen ready
     * @param livenessGrace how long liveness may stay DOWN or unanswered before the process is stopped
     */
    ServiceSupervisor(ServiceDefinition definition, ReadinessProbe probe, Duration readyTimeout, RestartBackoff backoff,
            Duration livenessInterval, Duration livenessGrace, PrintStream out) {
        if (livenessInterval.isNegative() || livenessInterval.isZero()) {
            throw new IllegalArgumentException("the liveness interval must be positive, got " + livenessInterval);
        }
        this.definition = definition;
        this.probe = probe;
        this.readyTimeout = readyTimeout;
        this.backoff = backoff;
        this.livenessInterval = livenessInterval;
        this.livenessGrace = livenessGrace;
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
        watchLiveness(started);
    }

    // Called holding the lock and only while not stopping, so the executor still accepts work.
    private void watchLiveness(Process started) {
        endWatch();
        LivenessWatch next = new LivenessWatch(started);
        next.future = executor.scheduleWithFixedDelay(next, livenessInterval.toMillis(), livenessInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        watch = next;
    }

    private void endWatch() {
        if (watch != null) {
            watch.future.cancel(false);
            watch = null;
        }
    }

    private void onExit(Process exited) {
        Duration uptime;
        boolean forLiveness;
        synchronized (lock) {
            if (stopping || exited != process) {
                return;
            }
            uptime = Duration.between(startedAt, Instant.now());
            forLiveness = exited == stoppedForLiveness;
            stoppedForLiveness = null;
            endWatch();
        }
        // after a liveness stop the user was already told that a restart follows, and why
        out.println(definition.name() + " exited with code " + exited.exitValue()
                + (forLiveness ? " after being stopped for liveness" : "; restarting"));
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
            markReady(restarted);
            out.println(definition.name() + " is ready again (pid " + restarted.pid() + ", "
                    + Duration.between(began, Instant.now()).toMillis() + " ms)");
        } else if (restarted.isAlive() && !isStopping()) {
            out.println(definition.name() + " is still not ready " + readyTimeout.toSeconds()
                    + " s after its restart; see " + definition.logFile());
        }
        // a restarted process that died while being probed is handled by its own exit callback, queued behind this
    }

    // The restart just saw it ready, so the watch need not wait for its own readiness poll to start on liveness.
    private void markReady(Process restarted) {
        synchronized (lock) {
            if (watch != null && watch.watched == restarted) {
                watch.seenReady = true;
            }
        }
    }

    /**
     * Stops a process whose liveness stayed failing past the grace; its exit callback then restarts it as after any
     * exit. Does nothing when the watch became stale meanwhile (stop requested, process replaced).
     */
    private void stopForLiveness(LivenessWatch failing, Liveness last, Duration failingFor) {
        Process doomed = failing.watched;
        synchronized (lock) {
            if (stopping || watch != failing || process != doomed) {
                return;
            }
            endWatch();
            stoppedForLiveness = doomed;
        }
        out.println(definition.name() + " liveness " + last.verb() + " for " + failingFor.toSeconds() + " s ("
                + last.detail() + "); restarting");
        doomed.destroy();
        try {
            executor.schedule(() -> killIfStillAlive(doomed), KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopped meanwhile: awaitStopped kills what outlives its own grace
        }
    }

    private void killIfStillAlive(Process doomed) {
        synchronized (lock) {
            if (stopping || !doomed.isAlive()) {
                return;
            }
        }
        out.println(definition.name() + " did not stop within " + KILL_WAIT.toSeconds() + " s of SIGTERM; killing it");
        doomed.destroyForcibly();
    }

    /**
     * Polls one process: its readiness until it is first seen ready, since a process that is still starting must not
     * be stopped for a liveness check it does not serve yet, then its liveness. It runs only on the executor thread,
     * so {@code seenReady} and {@code failingSince} need no lock; {@code future} is set and cancelled holding it.
     */
    private final class LivenessWatch implements Runnable {

        private final Process watched;
        private ScheduledFuture<?> future;
        private boolean seenReady;
        private Instant failingSince;

        LivenessWatch(Process watched) {
            this.watched = watched;
        }

        @Override
        public void run() {
            if (!isCurrent() || !watched.isAlive()) {
                // an exited process is the exit callback's business, queued on this same thread
                return;
            }
            if (!seenReady) {
                seenReady = probe.isReady(definition.readinessUri());
                return;
            }
            Instant polled = Instant.now();
            Liveness liveness = probe.liveness(definition.livenessUri());
            if (Thread.currentThread().isInterrupted() || !isCurrent()) {
                // interrupted by requestStop, or replaced while asking: the answer says nothing about this process
                return;
            }
            if (liveness.isUp()) {
                failingSince = null;
                return;
            }
            if (failingSince == null) {
                failingSince = polled;
            }
            Duration failingFor = Duration.between(failingSince, Instant.now());
            if (failingFor.compareTo(livenessGrace) > 0) {
                stopForLiveness(this, liveness, failingFor);
            }
        }

        private boolean isCurrent() {
            synchronized (lock) {
                return !stopping && watch == this && process == watched;
            }
        }
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }
}
