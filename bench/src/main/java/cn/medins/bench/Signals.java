package cn.medins.bench;

import java.io.IOException;
import java.util.List;

/**
 * Pauses and resumes the local stack's service processes with SIGSTOP and SIGCONT: to the broker a paused consumer is
 * one that is down, until its session times out, and it resumes from its last commit.
 */
final class Signals {

    private Signals() {
    }

    /** The processes of the named services (their runner jar is in the module of that name), paused. */
    static List<ProcessHandle> pause(List<String> services) throws IOException, InterruptedException {
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(command -> services.stream().anyMatch(service -> command.contains(service + "/target/quarkus-app/")))
                        .isPresent())
                .toList();
        signal("-STOP", found);
        return found;
    }

    static void resume(List<ProcessHandle> paused) throws IOException, InterruptedException {
        signal("-CONT", paused);
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        for (ProcessHandle process : processes) {
            int exit = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException("kill " + signal + " " + process.pid() + " exited with " + exit);
            }
        }
    }
}
