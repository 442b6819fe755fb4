package cn.medins.rest;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.medins.messaging.inbox.TransientFailures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;

/** Every error of every service leaves as {@code application/problem+json}, naming the field where there is one. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A database restart or a broken connection takes seconds to mend; an immediate retry would only fail again. */
    private static final Duration DEPENDENCY_RETRY_AFTER = Duration.ofSeconds(1);

    @ServerExceptionMapper
    public RestResponse<Problem> refused(ProblemException e) {
        return e.retryAfter().map(e.problem()::asResponse).orElseGet(e.problem()::asResponse);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(Problem.invalid(summary(errors), errors));
    }

    /** Quarkus maps this one itself, in plain text; being as specific as its mapper makes ours win. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "$";
        String message = e instanceof UnrecognizedPropertyException unknown
                ? "unknown field '" + unknown.getPropertyName() + "'"
                : e.getOriginalMessage();
        List<FieldError> errors = List.of(new FieldError(field, message));
        return respond(Problem.invalid(summary(errors), errors));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        return respond(Problem.of(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public RestResponse<Problem> unexpected(Throwable e) {
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("request refused while a dependency is unavailable: %s", e.getMessage());
            return Problem.of(503, "unavailable", "Service unavailable",
                    "a dependency of the service is unavailable; retry later").asResponse(DEPENDENCY_RETRY_AFTER);
        }
        LOG.error("request failed", e);
        return respond(Problem.of(500, "internal-error", "Internal error", "the request failed; it has been logged"));
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return problem.asResponse();
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    /** {@code create.arg0.items[2].quantity} becomes {@code $.items[2].quantity}: the field as the caller sent it. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder("$");
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append('.').append(node.getName());
            }
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
