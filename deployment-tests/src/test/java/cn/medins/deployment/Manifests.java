package cn.medins.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Every Kubernetes document under a folder, readable as a tree or as a typed model of its kind. */
final class Manifests {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path KUBERNETES = REPOSITORY.resolve("deploy/kubernetes");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Document(Path file, JsonNode tree) {

        String kind() {
            return tree.path("kind").asText();
        }

        String name() {
            return tree.path("metadata").path("name").asText();
        }

        <T> T as(Class<T> type) {
            return YAML.convertValue(tree, type);
        }
    }

    private final List<Document> documents;

    private Manifests(List<Document> documents) {
        this.documents = documents;
    }

    /** The documents of the resources (not the kustomizations) below the folder. */
    static Manifests under(Path folder) {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                documents.addAll(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(documents.stream().filter(d -> !d.kind().equals("Kustomization")).toList());
    }

    static List<Document> read(Path file) {
        List<Document> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> trees = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (trees.hasNext()) {
                JsonNode tree = trees.next();
                if (tree != null && !tree.isNull() && !tree.isEmpty()) {
                    documents.add(new Document(file, tree));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return documents;
    }

    List<Document> ofKind(String kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    <T> List<T> ofKind(String kind, Class<T> type) {
        return ofKind(kind).stream().map(d -> d.as(type)).toList();
    }

    <T> T named(String kind, String name, Class<T> type) {
        return ofKind(kind).stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name))
                .as(type);
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name))
                .tree();
    }
}
