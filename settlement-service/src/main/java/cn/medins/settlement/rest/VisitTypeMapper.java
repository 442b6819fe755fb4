package cn.medins.settlement.rest;

import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import cn.medins.rest.FieldError;
import cn.medins.rest.Problem;
import cn.medins.rest.ProblemException;
import cn.medins.rest.ProblemMappers;
import jakarta.ws.rs.core.MediaType;

/**
 * API.md makes a visit type the policy does not know a 422, like an unknown institution level, rather than the 400 of
 * a malformed value; every other unreadable value keeps the shared 400.
 */
public class VisitTypeMapper {

    private static final String VISIT_TYPE = "visitType";

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper
    public RestResponse<Problem> invalidFormat(InvalidFormatException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() != 1 || !VISIT_TYPE.equals(path.get(0).getFieldName())) {
            return shared.mismatched(e);
        }
        Problem problem = ProblemException.unprocessable("unknown-visit-type", "the policy knows no visit type '" + e.getValue() + "'",
                new FieldError("$." + VISIT_TYPE, "must be one of OUTPATIENT, CHRONIC, INPATIENT, MATERNITY")).problem();
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE)).build();
    }
}
