package cn.medins.settlement.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

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
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

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
            throw new InvalidPolicyException(name + ": " + describe(e), e);
        } catch (IOException e) {
            throw new InvalidPolicyException(name + ": not readable JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a policy shipped on the class path. */
    public static Policy readResource(String resource) {
        return readResource(resource, Policy.class);
    }

    public static <T> T readResource(String resource, Class<T> type) {
        try (InputStream json = PolicyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new InvalidPolicyException(resource + ": no such policy file on the class path", null);
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

    /** A policy file that must not be used: the service refuses to start with it. */
    public static final class InvalidPolicyException extends RuntimeException {
        InvalidPolicyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
