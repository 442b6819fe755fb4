package cn.medins.audit.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.audit.service.PreCheckService.PreCheckResult;
import cn.medins.audit.service.PreCheckService;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.rest.ClaimRequestChecks;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Admitted
@Path("/pre-checks")
@Tag(name = "pre-check")
public class PreCheckResource {

    private final PreCheckService preChecks;
    private final ClaimRequestChecks checks;
    private final Caller caller;

    public PreCheckResource(PreCheckService preChecks, ClaimRequestChecks checks, Caller caller) {
        this.preChecks = preChecks;
        this.checks = checks;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Judge a claim at the counter (诊间审核): PASS, WARN or BLOCK with the findings; nothing is stored")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY})
    public Uni<PreCheckResult> check(@NotNull ClaimRequest claim) {
        // the settlement's checks, so that a claim the counter would refuse gets the same answer here
        checks.check(claim);
        caller.mayActFor(claim.institutionId(), "$.institutionId");
        return preChecks.check(claim);
    }
}
