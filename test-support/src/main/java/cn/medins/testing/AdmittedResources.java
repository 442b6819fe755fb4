package cn.medins.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the REST resources of a service that are not under admission control. A resource without it would let a
 * client that goes away cancel a transaction half-way, the fault that once leaked a whole connection pool.
 */
public final class AdmittedResources {

    private static final String ADMITTED = "cn.medins.rest.admission.Admitted";
    private static final String PATH = "jakarta.ws.rs.Path";

    private AdmittedResources() {
    }

    /** The classes of {@code packageName} (and below) that carry {@code @Path} but not {@code @Admitted}. */
    public static List<String> withoutAdmission(String packageName) {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : classesOf(packageName)) {
            if (has(type, PATH) && !has(type, ADMITTED)) {
                missing.add(type.getName());
            }
        }
        return missing;
    }

    /** The resources found at all, so that a test can tell an empty package from a well-kept one. */
    public static long resourcesIn(String packageName) {
        return classesOf(packageName).stream().filter(type -> has(type, PATH)).count();
    }

    private static boolean has(Class<?> type, String annotation) {
        return Arrays.stream(type.getAnnotations()).map(Annotation::annotationType).anyMatch(a -> a.getName().equals(annotation));
    }

    private static List<Class<?>> classesOf(String packageName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL root : Collections.list(loader.getResources(packageName.replace('.', '/')))) {
                if (!"file".equals(root.getProtocol())) {
                    continue;
                }
                Path dir = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                        String relative = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                        classes.add(Class.forName(packageName + "." + relative.substring(0, relative.length() - ".class".length()),
                                false, loader));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
