package cn.medins.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The folder holding everything the stack keeps between runs: PostgreSQL's cluster, Kafka's log and the logs. */
final class DataFolder {

    private static final String POSTGRES = "postgres";
    private static final String KAFKA = "kafka";
    private static final String LOGS = "logs";
    static final String KEYS = SigningKeys.FOLDER;
    private static final Set<String> OWN_ENTRIES = Set.of(POSTGRES, KAFKA, LOGS, KEYS);

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /**
     * @param fresh delete what an earlier run left; refused when the folder holds anything the stack did not create,
     *              so a mistyped {@code --data-dir} cannot wipe unrelated files
     */
    static DataFolder prepare(Path root, boolean fresh) throws IOException, StartupException {
        if (fresh && Files.exists(root)) {
            List<String> foreign;
            try (Stream<Path> entries = Files.list(root)) {
                foreign = entries.map(entry -> entry.getFileName().toString())
                        .filter(name -> !OWN_ENTRIES.contains(name))
                        .sorted()
                        .toList();
            }
            if (!foreign.isEmpty()) {
                throw new StartupException("refusing to delete " + root + " for --fresh: it holds " + foreign
                        + ", which the local stack did not create");
            }
            deleteRecursively(root);
        }
        Files.createDirectories(root.resolve(LOGS));
        return new DataFolder(root);
    }

    Path root() {
        return root;
    }

    Path postgres() {
        return root.resolve(POSTGRES);
    }

    Path kafka() {
        return root.resolve(KAFKA);
    }

    Path keys() {
        return root.resolve(KEYS);
    }

    Path logs() {
        return root.resolve(LOGS);
    }

    Path logOf(String name) {
        return logs().resolve(name + ".log");
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
