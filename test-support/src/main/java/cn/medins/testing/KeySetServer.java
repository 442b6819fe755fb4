package cn.medins.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An identity provider's JWKS endpoint on loopback, for tests of a key set read from a URL: it serves whatever key set
 * it was last given, or the content of a file as it is at each request (so a test can rotate the keys of a service
 * whose configuration started the server), or an error status; always with {@code Cache-Control: max-age=1}, so a
 * verifier's cache of it (jose4j's {@code HttpsJwks}, as smallrye-jwt uses it) lasts one second instead of the
 * configured refresh interval.
 */
public final class KeySetServer implements AutoCloseable {

    private static final String PATH = "/jwks.json";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Supplier<String> keySet;
    private volatile int status = 200;

    private KeySetServer(HttpServer server, Supplier<String> keySet) {
        this.server = server;
        this.keySet = keySet;
    }

    /** Serves {@code keySet} on a free loopback port until {@link #close}. */
    public static KeySetServer start(String keySet) {
        return start(() -> keySet);
    }

    /** Serves the content of {@code file} as it is at each request; a missing file is a 404. */
    public static KeySetServer serving(Path file) {
        return start(() -> {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static KeySetServer start(Supplier<String> keySet) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            KeySetServer server = new KeySetServer(http, keySet);
            http.createContext(PATH, server::answer);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve a key set on loopback", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** From the next request on, the endpoint answers {@code keySet}. */
    public void serve(String keySet) {
        this.keySet = () -> keySet;
        this.status = 200;
    }

    /** From the next request on, the endpoint answers {@code status} with no key set, as a provider in trouble does. */
    public void fail(int status) {
        this.status = status;
    }

    /** How many times the key set was asked for. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String content = status == 200 ? keySet.get() : null;
        int answer = status == 200 && content == null ? 404 : status;
        byte[] body = (answer == 200 ? content : "{\"error\":\"unavailable\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "max-age=1");
        exchange.sendResponseHeaders(answer, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
