package cn.medins.assistance.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.medins.assistance.service.NeedyPersonQueries;
import cn.medins.assistance.service.NeedyPersonView;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Admitted
@Path("/needy-persons")
@Produces(MediaType.APPLICATION_JSON)
public class NeedyPersonResource {

    private final NeedyPersonQueries queries;

    public NeedyPersonResource(NeedyPersonQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{idNumber}")
    @Operation(summary = "A person's needy categories with their validity and the civil-affairs records behind them")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<NeedyPersonView> find(@PathParam("idNumber") String idNumber) {
        return queries.find(IdNumberParameters.require("idNumber", idNumber));
    }
}
