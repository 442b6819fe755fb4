package cn.medins.settlement.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import cn.medins.contracts.region.PoolingRegions;
import cn.medins.settlement.domain.policy.Policy;

/**
 * Reads a policy file (JSON, exact decimals). Any bad figure refuses the whole file with the path of the field at fault,
 * e.g. {@code policies/371600-2026.json: resident.inpatient[2].ratio: must be a ratio between 0 and 1, was 1.6}.
 */
public final class PolicyFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            // a figure keeps the scale it was written with (0.60 stays 0.60) when read as a tree, as in a diff
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private PolicyFiles() {
    }

    public static Policy read(String name, InputStream json) {
        return read(name, json, Policy.class);
    }

    /** Reads any policy or reference data file with the same strictness and the same way of naming a bad field. */
    public static <T> T read(String name, InputStream json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            String described = describe(e);
            int colon = described.indexOf(": ");
            throw new InvalidPolicyException(name, described.substring(0, colon), described.substring(colon + 2), e);
        } catch (IOException e) {
            throw new InvalidPolicyException(name, "$", "not readable JSON: " + e.getMessage(), e);
        }
    }

    /** The stored form of a policy: the same document format, every figure as exactly the decimal it was read as. */
    public static String write(Policy policy) {
        try {
            return MAPPER.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write policy " + policy.version(), e);
        }
    }

    /**
     * A policy is the policy of one of the province's pooling regions (event-contracts' shared reference file); a
     * document for any other region is refused like a bad figure.
     */
    public static Policy ofPoolingRegion(String name, Policy policy) {
        if (!PoolingRegions.shipped().isKnown(policy.regionCode())) {
            throw new InvalidPolicyException(name, "regionCode", policy.regionCode() + " is not a pooling region of the province "
                    + PoolingRegions.shipped().province().code(), null);
        }
        return policy;
    }

    /** A stored document as a tree, its figures as exact decimals. */
    public static JsonNode tree(String document) {
        try {
            return MAPPER.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored policy is not readable JSON", e);
        }
    }

    /** Reads a policy shipped on the class path. */
    public static Policy readResource(String resource) {
        return readResource(resource, Policy.class);
    }

    public static <T> T readResource(String resource, Class<T> type) {
        try (InputStream json = PolicyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new InvalidPolicyException(resource, "$", "no such policy file on the class path", null);
            }
            return read(resource, json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON path of the bad field and what is wrong with it. */
    private static String describe(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException refusal) {
            // The record's own check names the field inside the object the path leads to.
            return (path.isEmpty() ? "" : path + ".") + refusal.getMessage();
        }
        return (path.isEmpty() ? "$" : path) + ": " + e.getOriginalMessage();
    }

    /**
     * A policy document that must not be used: a file stops the service from starting, a draft is refused with 422.
     * {@code field} is the path of the bad field inside the document ({@code resident.inpatient[2].ratio}).
     */
    public static final class InvalidPolicyException extends RuntimeException {
        private final String field;
        private final String reason;

        InvalidPolicyException(String name, String field, String reason, Throwable cause) {
            super(name + ": " + field + ": " + reason, cause);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }
}
