package cn.medins.contracts;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CloudEvents type of the suite: {@code <domain>.<EventName>.v<major>}, e.g. {@code enrollment.PersonEnrolled.v1}. */
public record EventType(String domain, String name, int majorVersion) {

    private static final Pattern FORMAT = Pattern.compile("([a-z][a-z-]*)\\.([A-Z][A-Za-z]*)\\.v([1-9][0-9]*)");

    public EventType {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(name, "name");
        if (majorVersion < 1) {
            throw new IllegalArgumentException("majorVersion must be at least 1");
        }
    }

    public static EventType parse(String ceType) {
        Matcher matcher = FORMAT.matcher(ceType == null ? "" : ceType);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("ce_type '" + ceType + "' is not of the form <domain>.<EventName>.v<major>");
        }
        return new EventType(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
    }

    public static EventType v1(String domain, String name) {
        return new EventType(domain, name, 1);
    }

    @Override
    public String toString() {
        return domain + "." + name + ".v" + majorVersion;
    }
}
