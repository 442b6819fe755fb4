package cn.medins.settlement.rest;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import cn.medins.settlement.service.DuplicateRequests;
import cn.medins.settlement.service.SettlementService;
import cn.medins.settlement.service.SettlementService.Outcome;
import cn.medins.settlement.service.SettlementView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Real-time settlement at the counter. The claim is checked by {@link cn.medins.rest.ClaimRequestChecks} rather
 * than {@code @Valid}, because API.md makes some malformed claims (a negative amount) a 422 instead of a 400.
 */
@Admitted
@Path("/settlements")
@Tag(name = "settlements")
public class SettlementResource {

    private final SettlementService service;
    private final Caller caller;

    public SettlementResource(SettlementService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/preview")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY})
    @Operation(summary = "预结算: the split of a claim, computed and not saved")
    public Uni<SettlementView> preview(@NotNull ClaimRequest claim) {
        actsFor(claim);
        return service.preview(claim);
    }

    @POST
    @Operation(summary = "结算: settle a claim; 201 the first time, 200 with the first result for a repeated requestId")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY})
    public Uni<RestResponse<SettlementView>> settle(@NotNull ClaimRequest claim) {
        actsFor(claim);
        return service.settle(claim)
                .onFailure(DuplicateRequests::isDuplicateRequest)
                .recoverWithUni(() -> service.findByRequestId(claim.institutionId(), claim.requestId()).map(view -> new Outcome(view, false)))
                .invoke(outcome -> visible(outcome.view()))
                .map(SettlementResource::respond);
    }

    private void actsFor(ClaimRequest claim) {
        if (claim != null) {
            caller.mayActFor(claim.institutionId(), "$.institutionId");
        }
    }

    /** An institution sees only its own settlements, also when its requestId happens to repeat another's. */
    private SettlementView visible(SettlementView view) {
        caller.mayActFor(view.institutionId(), "settlement " + view.settlementId());
        return view;
    }

    private static RestResponse<SettlementView> respond(Outcome outcome) {
        if (!outcome.created()) {
            return RestResponse.ok(outcome.view());
        }
        return RestResponse.ResponseBuilder.<SettlementView>created(URI.create("/settlements/" + outcome.view().settlementId()))
                .entity(outcome.view()).build();
    }

    @GET
    @Path("/{settlementId}")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY, Roles.AUDITOR})
    public Uni<SettlementView> find(@RestPath String settlementId) {
        return service.find(settlementId).map(this::visible);
    }

    @POST
    @Path("/{settlementId}/reversal")
    @Operation(summary = "撤销: reverse a settlement, restoring the person's accumulators; 409 if already reversed")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY})
    public Uni<SettlementView> reverse(@RestPath String settlementId, @Valid @NotNull ReversalRequest reversal) {
        return service.find(settlementId).map(this::visible)
                .chain(() -> service.reverse(settlementId, reversal.reason(), caller.name()));
    }
}
