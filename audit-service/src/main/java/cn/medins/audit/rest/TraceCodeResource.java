package cn.medins.audit.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.audit.service.TraceService;
import cn.medins.audit.service.TraceService.TraceCodeHistory;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Admitted
@Path("/trace-codes")
@Tag(name = "traceability")
public class TraceCodeResource {

    private final TraceService traces;

    public TraceCodeResource(TraceService traces) {
        this.traces = traces;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Every billing of a drug traceability code: institution, settlement, date, item, reversed or not")
    @RolesAllowed({Roles.AUDITOR, Roles.AGENCY})
    public Uni<TraceCodeHistory> history(@PathParam("code") @Size(max = 40) String code) {
        return traces.history(code);
    }
}
