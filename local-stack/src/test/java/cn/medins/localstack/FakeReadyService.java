package cn.medins.localstack;

import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Quarkus service in a child JVM: reports the settings it was started with on stdout and answers
 * 200 on /q/health/ready and /q/health/live at QUARKUS_HTTP_PORT until it is killed.
 */
public final class FakeReadyService {

    private FakeReadyService() {
    }

    public static void main(String[] args) throws Exception {
        for (String variable : new String[] {"QUARKUS_HTTP_PORT", "KAFKA_BOOTSTRAP_SERVERS", "DB_HOST", "DB_PORT", "DB_USER", "DB_PASSWORD"}) {
            System.out.println(variable + "=" + System.getenv(variable));
        }
        System.out.println("working directory=" + System.getProperty("user.dir"));
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"))), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        // without it the supervisor's liveness watch would take it for DOWN and restart it
        server.createContext("/q/health/live", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        System.out.println("ready, pid " + ProcessHandle.current().pid());
    }
}
