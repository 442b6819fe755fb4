package cn.medins.settlement.rest;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import cn.medins.settlement.domain.RegisteredInstitution.Status;
import cn.medins.settlement.service.InstitutionService;
import cn.medins.settlement.service.InstitutionView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** The institution registry (定点医药机构), maintained by agency staff; every change names who made it. */
@Admitted
@Path("/institutions")
@Tag(name = "institutions")
public class InstitutionResource {

    private final InstitutionService service;
    private final Caller caller;

    public InstitutionResource(InstitutionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Register a designated institution, ACTIVE from now")
    public Uni<RestResponse<InstitutionView>> register(@Valid @NotNull InstitutionRequests.Registration registration) {
        return service.register(registration.institutionId(), registration.description(), caller.name()).map(InstitutionView::of)
                .map(view -> RestResponse.ResponseBuilder.<InstitutionView>created(URI.create("/institutions/" + view.institutionId()))
                        .entity(view).build());
    }

    @GET
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    @Operation(summary = "The registry, of one region and status if given")
    public Uni<List<InstitutionView>> list(
            @RestQuery @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit region code") String regionCode,
            @RestQuery Status status) {
        return service.list(regionCode, status).map(found -> found.stream().map(InstitutionView::of).toList());
    }

    @GET
    @Path("/{institutionId}")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY, Roles.AUDITOR})
    public Uni<InstitutionView> find(@RestPath String institutionId) {
        caller.mayActFor(institutionId, "institutionId");
        return service.find(institutionId).map(InstitutionView::of);
    }

    @PUT
    @Path("/{institutionId}")
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Change what the registry records: name, type, level, region")
    public Uni<InstitutionView> describe(@RestPath String institutionId, @Valid @NotNull InstitutionRequests.Facts facts) {
        return service.describe(institutionId, facts.description(), caller.name()).map(InstitutionView::of);
    }

    @POST
    @Path("/{institutionId}/status")
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Suspend, reinstate or terminate settlement for the institution, with the reason")
    public Uni<InstitutionView> changeStatus(@RestPath String institutionId, @Valid @NotNull InstitutionRequests.StatusChange change) {
        return service.changeStatus(institutionId, change.status(), change.reason(), caller.name()).map(InstitutionView::of);
    }

    @GET
    @Path("/{institutionId}/changes")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    @Operation(summary = "The registry's audit trail for the institution: who changed what, oldest first")
    public Uni<List<InstitutionView.Change>> changes(@RestPath String institutionId) {
        return service.changes(institutionId).map(found -> found.stream().map(InstitutionView.Change::of).toList());
    }
}
