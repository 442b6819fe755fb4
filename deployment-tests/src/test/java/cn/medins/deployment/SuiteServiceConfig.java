package cn.medins.deployment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.medins.contracts.Topics;

/** What a service's own sources say about it: its HTTP port and the topics it consumes. */
record SuiteServiceConfig(String module, int httpPort, Set<String> consumedTopics) {

    static final String VERSION = "1.0.0-SNAPSHOT";
    static final Set<String> MODULES = Set.of("enrollment-service", "settlement-service", "audit-service", "assistance-service");

    private static final Pattern INCOMING = Pattern.compile("@Incoming\\(\\s*(?:\"([^\"]+)\"|Topics\\.([A-Z_]+))\\s*\\)");

    static SuiteServiceConfig of(String module) {
        Path root = Manifests.REPOSITORY.resolve(module);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SuiteServiceConfig(module, Integer.parseInt(properties.getProperty("quarkus.http.port")),
                consumedTopics(root.resolve("src/main/java")));
    }

    String image() {
        return "registry.medins.cn/medins/" + module + ":" + VERSION;
    }

    String shortName() {
        return module.replace("-service", "");
    }

    private static Set<String> consumedTopics(Path sources) {
        Set<String> topics = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return topics;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = INCOMING.matcher(Files.readString(file));
                while (matcher.find()) {
                    topics.add(matcher.group(1) != null ? matcher.group(1) : topicConstant(matcher.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    private static String topicConstant(String name) {
        try {
            Field field = Topics.class.getField(name);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Topics." + name + " does not exist", e);
        }
    }
}
