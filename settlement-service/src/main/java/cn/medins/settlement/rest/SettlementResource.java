package cn.medins.settlement.rest;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.settlement.service.DuplicateRequests;
import cn.medins.settlement.service.SettlementService;
import cn.medins.settlement.service.SettlementService.Outcome;
import cn.medins.settlement.service.SettlementView;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Real-time settlement at the counter. The claim is checked by {@link cn.medins.settlement.service.ClaimChecks} rather
 * than {@code @Valid}, because API.md makes some malformed claims (a negative amount) a 422 instead of a 400.
 */
@Path("/settlements")
@Tag(name = "settlements")
public class SettlementResource {

    private final SettlementService service;

    public SettlementResource(SettlementService service) {
        this.service = service;
    }

    @POST
    @Path("/preview")
    @Operation(summary = "预结算: the split of a claim, computed and not saved")
    public Uni<SettlementView> preview(ClaimRequest claim) {
        return service.preview(claim);
    }

    @POST
    @Operation(summary = "结算: settle a claim; 201 the first time, 200 with the first result for a repeated requestId")
    public Uni<RestResponse<SettlementView>> settle(ClaimRequest claim) {
        return service.settle(claim)
                .onFailure(DuplicateRequests::isDuplicateRequest)
                .recoverWithUni(() -> service.findByRequestId(claim.requestId()).map(view -> new Outcome(view, false)))
                .map(SettlementResource::respond);
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
    public Uni<SettlementView> find(@RestPath String settlementId) {
        return service.find(settlementId);
    }

    @POST
    @Path("/{settlementId}/reversal")
    @Operation(summary = "撤销: reverse a settlement, restoring the person's accumulators; 409 if already reversed")
    public Uni<SettlementView> reverse(@RestPath String settlementId, @Valid @NotNull ReversalRequest reversal) {
        return service.reverse(settlementId, reversal.reason());
    }
}
