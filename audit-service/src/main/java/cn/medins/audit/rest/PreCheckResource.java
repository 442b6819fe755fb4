package cn.medins.audit.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.audit.service.PreCheckService;
import cn.medins.audit.service.PreCheckService.PreCheckResult;
import cn.medins.contracts.claim.ClaimRequest;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/pre-checks")
@Tag(name = "pre-check")
public class PreCheckResource {

    private final PreCheckService preChecks;

    public PreCheckResource(PreCheckService preChecks) {
        this.preChecks = preChecks;
    }

    @POST
    @Operation(summary = "Judge a claim at the counter (诊间审核): PASS, WARN or BLOCK with the findings; nothing is stored")
    public Uni<PreCheckResult> check(@Valid @NotNull ClaimRequest claim) {
        return preChecks.check(claim);
    }
}
