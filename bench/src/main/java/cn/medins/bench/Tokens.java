package cn.medins.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bearer tokens for the local stack, printed by {@code deploy/local/token}; without that script (a stack without
 * security) requests go without a token.
 */
final class Tokens {

    private Tokens() {
    }

    static String of(String role, String institutionId) {
        Path script = Path.of(System.getProperty("medins.repo-root", ".")).resolve("deploy/local/token");
        if (!Files.isExecutable(script)) {
            return null;
        }
        List<String> command = new ArrayList<>(List.of(script.toString(), role));
        if (institutionId != null) {
            command.add(institutionId);
        }
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0 || token.isEmpty()) {
                throw new IllegalStateException(String.join(" ", command) + " printed no token");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while getting a token", e);
        }
    }
}
