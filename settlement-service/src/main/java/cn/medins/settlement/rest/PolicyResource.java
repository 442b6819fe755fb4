package cn.medins.settlement.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import cn.medins.settlement.config.ActivePolicies;
import cn.medins.settlement.service.PolicyDiff;
import cn.medins.settlement.service.PolicyReplayService;
import cn.medins.settlement.service.PolicyReplayService.ReplayRequest;
import cn.medins.settlement.service.ReplayView;
import cn.medins.settlement.service.PolicyService;
import cn.medins.settlement.service.PolicyView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Admitted
@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "policies")
public class PolicyResource {

    private final PolicyService service;
    private final PolicyReplayService replays;
    private final ActivePolicies active;
    private final Caller caller;

    public PolicyResource(PolicyService service, PolicyReplayService replays, ActivePolicies active, Caller caller) {
        this.service = service;
        this.replays = replays;
        this.active = active;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A policy draft: {effectiveFrom, policy: <the policy document>}; 422 naming the bad field")
    @RolesAllowed(Roles.AGENCY)
    public Uni<RestResponse<PolicyView>> draft(String body) {
        return service.draft(body, caller.name()).map(view -> RestResponse.status(RestResponse.Status.CREATED, view));
    }

    @GET
    @Operation(summary = "With date: the version in force for the region on that day; without: every version of the region")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<List<PolicyView>> find(@QueryParam("regionCode") String regionCode, @QueryParam("date") String date) {
        if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
            throw ProblemException.invalidField("regionCode", "a 6-digit pooling region code is required");
        }
        if (date == null) {
            return service.ofRegion(regionCode);
        }
        return service.inForce(regionCode, date(date)).map(List::of);
    }

    @GET
    @Path("/{policyId}")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<PolicyView> get(@PathParam("policyId") String policyId) {
        return service.find(policyId);
    }

    @GET
    @Path("/{policyId}/diff")
    @Operation(summary = "Every figure the version changes against the one in force for its region on its effectiveFrom")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<PolicyDiff> diff(@PathParam("policyId") String policyId) {
        return service.diff(policyId);
    }

    @POST
    @Path("/{policyId}/activation")
    @Operation(summary = "Put the draft in force from its effectiveFrom, without a restart; 409 if it was activated")
    @RolesAllowed(Roles.AGENCY)
    public Uni<PolicyView> activate(@PathParam("policyId") String policyId) {
        // Answered once this instance rates claims with it; the others follow within the refresh interval.
        return service.activate(policyId, caller.name()).call(() -> Uni.createFrom().completionStage(active.refresh()));
    }

    @POST
    @Path("/{policyId}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What-if replay of the version over the region's stored claims of {from, to}; 202, then GET /replays/{id}")
    @RolesAllowed(Roles.AGENCY)
    public Uni<RestResponse<ReplayView>> replay(@PathParam("policyId") String policyId, ReplayRequest request) {
        // started once the RUNNING row is committed, so the worker always finds it
        return replays.start(policyId, request, caller.name())
                .invoke(view -> replays.run(view.replayId()))
                .map(view -> RestResponse.ResponseBuilder.<ReplayView>create(RestResponse.Status.ACCEPTED, view)
                        .location(URI.create("/replays/" + view.replayId())).build());
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("date", "must be a date as yyyy-MM-dd");
        }
    }
}
