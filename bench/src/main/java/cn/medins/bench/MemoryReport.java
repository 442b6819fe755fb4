package cn.medins.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Resident set size of each running service, read from {@code /proc} (Linux), found by its {@code quarkus-run.jar}. */
final class MemoryReport {

    private static final List<String> SERVICES = List.of("enrollment-service", "settlement-service", "audit-service",
            "assistance-service");

    private MemoryReport() {
    }

    static String run(Options options) throws IOException {
        Map<String, Long> rssByService = new TreeMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(process -> {
                String commandLine = read(process.resolve("cmdline")).replace('\0', ' ');
                SERVICES.stream().filter(s -> commandLine.contains(s + "/target/quarkus-app/quarkus-run.jar")).findFirst()
                        .ifPresent(service -> rssByService.put(service, rssKb(read(process.resolve("status")))));
            });
        }
        return rssByService.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1024 + "MB")
                .collect(Collectors.joining(" ", "memory(" + options.text("label", "now") + "): rss ", ""));
    }

    private static long rssKb(String status) {
        return status.lines().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
