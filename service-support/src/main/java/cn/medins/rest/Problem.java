package cn.medins.rest;

import java.time.Duration;
import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;

/** An RFC 9457 problem body ({@code application/problem+json}); {@code errors} lists invalid fields, if any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://medins.cn/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public RestResponse<Problem> asResponse() {
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(this).type(MediaType.valueOf(MEDIA_TYPE)).build();
    }

    /** {@code Retry-After} in whole seconds, at least one: a zero would invite the caller straight back. */
    public RestResponse<Problem> asResponse(Duration retryAfter) {
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(this).type(MediaType.valueOf(MEDIA_TYPE))
                .header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds()))).build();
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + "invalid-request", "Invalid request", 400, detail, List.copyOf(errors));
    }
}
