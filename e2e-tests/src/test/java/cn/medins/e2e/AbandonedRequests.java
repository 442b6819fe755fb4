package cn.medins.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Requests whose client goes away, as a hospital's HIS does when it times out or its network drops: the connection is
 * closed at a random point, before the body is complete, while the service works on it, or just as it answers, and
 * half of the time with a reset instead of an orderly close. Plain sockets, because an HTTP client would not let a
 * request be cut off in the middle of its own bytes.
 */
final class AbandonedRequests {

    private final Random random;

    AbandonedRequests(long seed) {
        this.random = new Random(seed);
    }

    void abandon(URI base, String method, String path, String token, byte[] body) {
        byte[] head = (method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        boolean cutInTheBody;
        int waitMillis;
        boolean reset;
        synchronized (random) {
            cutInTheBody = random.nextInt(5) == 0;
            waitMillis = random.nextInt(40);
            reset = random.nextBoolean();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body, 0, cutInTheBody ? body.length / 2 : body.length);
            out.flush();
            Thread.sleep(waitMillis);
            if (reset) {
                socket.setSoLinger(true, 0);
            }
        } catch (IOException e) {
            // the service refused or reset the connection first: for this test, as good as abandoned
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
