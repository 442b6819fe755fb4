package cn.medins.testing;

import java.util.Set;
import java.util.function.Supplier;

/**
 * One endpoint of a service and the roles allowed to call it, for {@link AccessMatrix}. Path and body are made anew for
 * each call, so that a call with side effects (a settlement, a reversal) has its own subject.
 */
public record Endpoint(String method, String template, Supplier<String> path, Supplier<String> body, Set<String> allowed) {

    public static Endpoint get(String path, String... roles) {
        return get(path, () -> path, roles);
    }

    /** @param template how the endpoint is named in the test report, e.g. {@code /settlements/{id}} */
    public static Endpoint get(String template, Supplier<String> path, String... roles) {
        return new Endpoint("GET", template, path, null, Set.of(roles));
    }

    public static Endpoint post(String template, Supplier<String> path, Supplier<String> body, String... roles) {
        return new Endpoint("POST", template, path, body, Set.of(roles));
    }

    public static Endpoint post(String path, Supplier<String> body, String... roles) {
        return post(path, () -> path, body, roles);
    }

    public static Endpoint put(String template, Supplier<String> path, Supplier<String> body, String... roles) {
        return new Endpoint("PUT", template, path, body, Set.of(roles));
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
