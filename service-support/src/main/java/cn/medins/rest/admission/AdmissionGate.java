package cn.medins.rest.admission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.rest.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sheds a call at the door while every permit is taken, before its token is verified or its body read: past capacity
 * those are most of what a refused call would cost, and a peak of refused calls would otherwise eat the cores the
 * admitted ones need. The permit itself is still taken by {@link AdmittedInterceptor}, which stays the authority; the
 * gate only saves the work of calls that could not be admitted anyway. Health, metrics and OpenAPI ({@code /q/}) are
 * never shed: a service at capacity is busy, not dead.
 */
@ApplicationScoped
public class AdmissionGate {

    private static final int BEFORE_AUTHENTICATION_AND_BODY = -4;

    private final Admission admission;
    private final ObjectMapper json;

    public AdmissionGate(Admission admission, ObjectMapper json) {
        this.admission = admission;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_AUTHENTICATION_AND_BODY).handler(this::admitOrShed);
    }

    private void admitOrShed(RoutingContext context) {
        if (context.normalizedPath().startsWith("/q/") || !admission.isFull()) {
            context.next();
            return;
        }
        ProblemResponse refusal = admission.shedAtTheDoor();
        try {
            context.response().setStatusCode(refusal.problem().status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", refusal.retryAfterSeconds())
                    .end(json.writeValueAsString(refusal.problem()));
        } catch (JsonProcessingException e) {
            context.fail(refusal.problem().status(), e);
        }
    }

    /** The refusal, and the {@code Retry-After} it carries. */
    record ProblemResponse(Problem problem, String retryAfterSeconds) {
    }
}
