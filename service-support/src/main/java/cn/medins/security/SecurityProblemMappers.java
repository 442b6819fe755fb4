package cn.medins.security;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cn.medins.rest.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * 401 and 403 as problem bodies. Authentication is lazy ({@code quarkus.http.auth.proactive=false}) so that a missing
 * or bad token reaches these mappers instead of leaving as an empty response.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public RestResponse<Problem> unauthenticated(UnauthorizedException e) {
        return unauthorized("a valid bearer token is required");
    }

    @ServerExceptionMapper
    public RestResponse<Problem> badToken(AuthenticationFailedException e) {
        return unauthorized("the bearer token is invalid or expired");
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e) {
        return Problem.forbidden("the token's role may not call this endpoint").asResponse();
    }

    private static RestResponse<Problem> unauthorized(String detail) {
        RestResponse<Problem> response = Problem.of(401, "unauthorized", "Unauthorized", detail).asResponse();
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response;
    }
}
