package cn.medins.settlement.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import cn.medins.settlement.service.PolicyReplayService;
import cn.medins.settlement.service.ReplayView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What-if replays of a policy version, started with {@code POST /policies/{policyId}/replays}. */
@Admitted
@Path("/replays/{replayId}")
@Tag(name = "policies")
public class ReplayResource {

    private final PolicyReplayService service;

    public ReplayResource(PolicyReplayService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "RUNNING with claimsDone, then DONE with the result (or FAILED with the reason)")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<ReplayView> get(@PathParam("replayId") String replayId) {
        return service.find(replayId);
    }

    @GET
    @Path("/persons.csv")
    @Produces("text/csv")
    @Operation(summary = "insuredId,actualPersonal,replayedPersonal,difference per person; 409 until the replay is DONE")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<String> persons(@PathParam("replayId") String replayId) {
        return service.personsCsv(replayId);
    }
}
