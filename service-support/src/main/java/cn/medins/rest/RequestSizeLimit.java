package cn.medins.rest;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem before a byte of it is read,
 * when the caller announces its length. It runs just ahead of Quarkus's own check (route order -2), which would answer
 * with an empty 413; a chunked body that grows past the limit is still cut off by that check.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private static final int BEFORE_QUARKUS_BODY_LIMIT = -3;

    private final long maxBodyBytes;
    private final ObjectMapper json;

    public RequestSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_BODY_LIMIT).handler(this::refuseOversizedBody);
    }

    private void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            refuse(context, Problem.of(400, "invalid-request", "Invalid request", "Content-Length is not a number"));
            return;
        }
        if (declared <= maxBodyBytes) {
            context.next();
            return;
        }
        refuse(context, Problem.of(413, "payload-too-large", "Payload too large",
                "the body has " + declared + " bytes; at most " + maxBodyBytes + " are accepted"));
    }

    private void refuse(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(problem.status(), e);
        }
    }
}
