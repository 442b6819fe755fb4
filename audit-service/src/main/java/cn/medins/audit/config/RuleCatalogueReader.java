package cn.medins.audit.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.audit.domain.RuleDefinition;
import cn.medins.contracts.audit.AuditEvents.Severity;

/** Reads the rule catalogue, a JSON array of rule definitions, with exact decimals for the thresholds. */
public final class RuleCatalogueReader {

    public static final String DEFAULT_RESOURCE = "rules/catalogue.json";

    private static final TypeReference<List<RuleDefinitionJson>> TYPE = new TypeReference<>() {
    };

    private RuleCatalogueReader() {
    }

    /** The JSON shape of one definition; {@code enabled} defaults to true. */
    record RuleDefinitionJson(String id, String category, Severity severity,
            Boolean enabled, String description, Map<String, Object> parameters) {

        RuleDefinition toDefinition() {
            return new RuleDefinition(id, category, severity, enabled == null || enabled, description, parameters);
        }
    }

    public static List<RuleDefinition> read(InputStream json) {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return mapper.readValue(json, TYPE).stream().map(RuleDefinitionJson::toDefinition).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("rule catalogue is not readable: " + e.getMessage(), e);
        }
    }

    /** An operator's catalogue (a Kubernetes ConfigMap, say) that replaces the shipped one as a whole. */
    public static List<RuleDefinition> readFile(Path file) {
        try (InputStream json = Files.newInputStream(file)) {
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("rule catalogue " + file + " is not readable: " + e.getMessage(), e);
        }
    }

    /** The catalogue the service ships with, from the class path. */
    public static List<RuleDefinition> readDefault() {
        try (InputStream json = RuleCatalogueReader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
            }
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
