package cn.medins.enrollment.rest;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import cn.medins.enrollment.service.CounterEnrolment;
import cn.medins.enrollment.service.EnrolmentRequest;
import cn.medins.enrollment.service.EnrolmentResult;
import cn.medins.rest.IdNumberFields;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Admitted
@Path("/enrolments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    private final CounterEnrolment enrolment;

    public EnrolmentResource(CounterEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    @POST
    @Operation(summary = "Enrol a person by hand; a repeat for the same ID number, scheme and period returns the existing enrolment with 200")
    @RolesAllowed(Roles.AGENCY)
    public Uni<RestResponse<EnrolmentResult>> enrol(@Valid @NotNull EnrolmentRequest request) {
        IdNumberFields.require("$.idNumber", request.idNumber());
        enrolment.check(request);
        String source = "request:" + UUID.randomUUID();
        return UniqueViolations.retried(() -> enrolment.enrol(request, source))
                .map(result -> result.created()
                        ? RestResponse.ResponseBuilder.<EnrolmentResult>created(URI.create("/persons/" + result.insuredId()))
                                .entity(result).build()
                        : RestResponse.ok(result));
    }
}
