package cn.medins.assistance.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.medins.assistance.service.NeedyPersonQueries;
import cn.medins.assistance.service.NeedyPersonView;
import cn.medins.rest.IdNumberFields;
import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    /** Who to look up: the ID number travels in the body, never in a URL, where access logs keep it. */
    public record NeedySearch(@Size(max = 18) String idNumber) {
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person's needy categories with their validity and the civil-affairs records behind them")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<NeedyPersonView> search(@Valid @NotNull NeedySearch search) {
        return queries.find(IdNumberFields.require("$.idNumber", search.idNumber()));
    }

    /** The former lookup by path: refused, so that no client keeps putting ID numbers in URLs. */
    @GET
    @Path("/{idNumber}")
    @Operation(summary = "Refused: look a person up with POST /needy-persons/search")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<NeedyPersonView> find(@PathParam("idNumber") String idNumber) {
        IdNumberFields.refuseInUrl(idNumber, "POST /needy-persons/search");
        throw ProblemException.invalidField("idNumber", "look a person up with POST /needy-persons/search");
    }
}
