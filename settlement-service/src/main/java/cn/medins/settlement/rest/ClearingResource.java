package cn.medins.settlement.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import cn.medins.settlement.service.ClearingService;
import cn.medins.settlement.service.ClearingService.Closing;
import cn.medins.settlement.service.ClearingView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Admitted
@Path("/institutions/{institutionId}/clearings/{month}")
@Tag(name = "clearing")
public class ClearingResource {

    private final ClearingService service;
    private final Caller caller;

    public ClearingResource(ClearingService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The institution's month: claim count, fund totals, audit deductions, net payable, OPEN or CLOSED")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY, Roles.AUDITOR})
    public Uni<ClearingView> view(@RestPath String institutionId, @RestPath String month) {
        caller.mayActFor(institutionId, "institutionId");
        return service.view(institutionId, month(month));
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Close the month and publish ClearingClosed; 409 while audit flags of the month are open, unless "
            + "force=true with a reason")
    public Uni<ClearingView> close(@RestPath String institutionId, @RestPath String month,
            @Parameter(description = "close even with open audit flags (recorded on the clearing with the reason)") @RestQuery boolean force,
            @Parameter(description = "why a forced close passes over open flags; required with force=true")
            @RestQuery @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String reason) {
        return service.close(institutionId, month(month), new Closing(caller.name(), force, reason));
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("$.month", "must be a month as yyyy-MM");
        }
    }
}
