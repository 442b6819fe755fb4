package cn.medins.settlement.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a draft changes against the version in force: every field whose figure differs, by its path in the document
 * ({@code resident.inpatient[2].ratio}), with both values as text, so that {@code 0.60} and {@code 0.6} are the
 * same figure only when they compare equal as decimals.
 */
public record PolicyDiff(String policyId, String version, String againstVersion, List<Change> changes) {

    public record Change(String field, String inForce, String draft) {
    }

    public static List<Change> between(JsonNode inForce, JsonNode draft) {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        Map<String, JsonNode> after = new LinkedHashMap<>();
        flatten("", inForce, before);
        flatten("", draft, after);
        List<Change> changes = new ArrayList<>();
        Map<String, JsonNode> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String field : all.keySet()) {
            JsonNode was = before.get(field);
            JsonNode now = after.get(field);
            if (!same(was, now)) {
                changes.add(new Change(field, text(was), text(now)));
            }
        }
        return changes;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), into);
            }
        } else {
            into.put(path, node);
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b || (a != null ? a.isNull() : b.isNull());
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }
}
