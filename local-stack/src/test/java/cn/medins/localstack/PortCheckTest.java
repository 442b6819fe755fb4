package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aPortTakenOnLoopbackIsReportedWithTheVariableThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("KAFKA_PORT", freePort());
            ports.put("PG_PORT", taken.getLocalPort());

            assertThatThrownBy(() -> PortCheck.requireFree(ports))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("PG_PORT");
        }
    }

    @Test
    void aPortTakenOnAllAddressesIsReportedToo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> PortCheck.requireFree(Map.of("AUDIT_PORT", taken.getLocalPort())))
                    .hasMessageContaining("AUDIT_PORT");
        }
    }

    @Test
    void freePortsPass() throws Exception {
        assertThatCode(() -> PortCheck.requireFree(Map.of("KAFKA_PORT", freePort()))).doesNotThrowAnyException();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
