package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of a rule's parameters as they come from JSON (numbers, strings, lists and objects). A missing or
 * mistyped parameter fails when the rule is built, at start-up, never while a claim is judged.
 */
public final class Parameters {

    private final String ruleId;
    private final Map<String, Object> values;

    public Parameters(String ruleId, Map<String, Object> values) {
        this.ruleId = ruleId;
        this.values = values;
    }

    public BigDecimal decimal(String name) {
        Object value = required(name);
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw wrong(name, "a number");
    }

    public int integer(String name) {
        return decimal(name).intValueExact();
    }

    public boolean bool(String name) {
        if (required(name) instanceof Boolean flag) {
            return flag;
        }
        throw wrong(name, "true or false");
    }

    public List<String> strings(String name) {
        return stringsOf(name, optional(name, List.of()));
    }

    /** A JSON object of numbers, e.g. per item code the maximum quantity a day. */
    public Map<String, BigDecimal> decimals(String name) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        if (!(optional(name, Map.of()) instanceof Map<?, ?> map)) {
            throw wrong(name, "an object of numbers");
        }
        map.forEach((key, value) -> {
            if (!(value instanceof Number number)) {
                throw wrong(name + "." + key, "a number");
            }
            result.put(key.toString(), new BigDecimal(number.toString()));
        });
        return result;
    }

    /** A JSON array of objects, each read as its own parameters. */
    public List<Parameters> objects(String name) {
        if (!(optional(name, List.of()) instanceof List<?> list)) {
            throw wrong(name, "an array of objects");
        }
        return list.stream().map(element -> {
            if (!(element instanceof Map<?, ?> map)) {
                throw wrong(name, "an array of objects");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key.toString(), value));
            return new Parameters(ruleId + "." + name, copy);
        }).toList();
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public String text(String name) {
        return required(name).toString();
    }

    private List<String> stringsOf(String name, Object value) {
        if (!(value instanceof List<?> list)) {
            throw wrong(name, "an array of strings");
        }
        return list.stream().map(Object::toString).toList();
    }

    private Object optional(String name, Object fallback) {
        Object value = values.get(name);
        return value == null ? fallback : value;
    }

    private Object required(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("rule " + ruleId + ": parameter '" + name + "' is missing");
        }
        return value;
    }

    private IllegalArgumentException wrong(String name, String expected) {
        return new IllegalArgumentException("rule " + ruleId + ": parameter '" + name + "' must be " + expected);
    }
}
