package cn.medins.rest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A request the service refuses for a reason the caller can act on; becomes a problem response. Thrown before any
 * state changed, or inside a transaction that it rolls back, so a refused request changes nothing.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A refusal that passes: the response tells the caller when to try again ({@code Retry-After}). */
    public ProblemException(Problem problem, Duration retryAfter) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public static ProblemException notFound(String what, String detail) {
        return new ProblemException(Problem.of(404, what + "-not-found", capitalise(what.replace('-', ' ')) + " not found", detail));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail));
    }

    /** 422: well-formed, but the business rules refuse it (a person not covered, an unknown institution level, ...). */
    public static ProblemException unprocessable(String slug, String detail, FieldError... errors) {
        return new ProblemException(new Problem(Problem.of(422, slug, "Request cannot be processed", detail).type(),
                "Request cannot be processed", 422, detail, List.of(errors)));
    }

    /** 422, as API.md has it: the ID number has the right shape, but no such number exists (GB 11643). */
    public static ProblemException invalidIdNumber(String field) {
        return unprocessable("invalid-id-number", "the ID number's check digit or birth date is wrong",
                new FieldError(field, "check digit does not match or birth date does not exist (GB 11643)"));
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalid(field + ": " + message, List.of(new FieldError(field, message))));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
