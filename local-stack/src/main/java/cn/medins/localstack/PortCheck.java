package cn.medins.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Fails before anything starts when a port the stack needs is taken, so the user learns which variable to change. */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(Map<String, Integer> portsByVariable) throws StartupException {
        for (Map.Entry<String, Integer> entry : portsByVariable.entrySet()) {
            if (!isFree(entry.getValue())) {
                throw new StartupException("port " + entry.getValue() + " is already in use; stop what listens there or set "
                        + entry.getKey() + " to another port");
            }
        }
    }

    static boolean isFree(int port) {
        // The wildcard address collides with a listener on any local address, loopback included.
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
