package cn.medins.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a PostgreSQL server has used, from {@code /proc} (Linux): the postmaster's, its live backends' and
 * workers', and that of the children it has reaped (a parallel worker or a closed connection's backend), so that what
 * a query cost the server counts too, not only the client's side.
 */
final class ServerCpu {

    /** {@code sysconf(_SC_CLK_TCK)} is 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ServerCpu() {
    }

    static double seconds(long postmaster) {
        ProcessHandle server = ProcessHandle.of(postmaster)
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL postmaster " + postmaster));
        long ticks = ticks(postmaster, true) + server.descendants().mapToLong(child -> ticks(child.pid(), false)).sum();
        return ticks / TICKS_PER_SECOND;
    }

    /** utime + stime, and with {@code reaped} cutime + cstime: fields 14 to 17 of {@code /proc/<pid>/stat}. */
    static long ticks(long pid, boolean reaped) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return 0;   // ended meanwhile: its time is in the postmaster's reaped children's
        }
        return ticks(stat, reaped);
    }

    static long ticks(String stat, boolean reaped) {
        // the command in parentheses may hold spaces; the fields after it start with the state (field 3)
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return reaped ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
    }
}
