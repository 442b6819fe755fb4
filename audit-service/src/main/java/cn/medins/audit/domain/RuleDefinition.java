package cn.medins.audit.domain;

import java.util.Map;
import java.util.Objects;

import cn.medins.contracts.audit.AuditEvents.Severity;

/** A rule of the catalogue as data: which check, how grave, switched on or not, and its thresholds. */
public record RuleDefinition(String id, String category, Severity severity, boolean enabled, String description,
        Map<String, Object> parameters) {

    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public Parameters params() {
        return new Parameters(id, parameters);
    }
}
