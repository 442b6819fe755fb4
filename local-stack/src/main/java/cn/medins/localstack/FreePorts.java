package cn.medins.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Port variables for a stack that must not collide with one already running, as tests start it. */
public final class FreePorts {

    private FreePorts() {
    }

    /** Every port variable the launcher reads, each set to a port that was free a moment ago. */
    public static Map<String, String> environment() {
        List<String> variables = new ArrayList<>(List.of(LauncherOptions.KAFKA_PORT, LauncherOptions.PG_PORT));
        for (SuiteService service : SuiteService.values()) {
            variables.add(service.portVariable());
        }
        // Held open together so that no two variables get the same port.
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            Map<String, String> env = new HashMap<>();
            for (String variable : variables) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                env.put(variable, String.valueOf(socket.getLocalPort()));
            }
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is released either way when this JVM exits
                }
            }
        }
    }
}
