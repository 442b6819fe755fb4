package cn.medins.audit.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.audit.service.PreCheckService.PreCheckResult;
import cn.medins.audit.service.PreCheckService;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Admitted
@Path("/pre-checks")
@Tag(name = "pre-check")
public class PreCheckResource {

    private final PreCheckService preChecks;
    private final Caller caller;

    public PreCheckResource(PreCheckService preChecks, Caller caller) {
        this.preChecks = preChecks;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Judge a claim at the counter (诊间审核): PASS, WARN or BLOCK with the findings; nothing is stored")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY})
    public Uni<PreCheckResult> check(@Valid @NotNull ClaimRequest claim) {
        caller.mayActFor(claim.institutionId(), "$.institutionId");
        if (claim.idNumber() != null && !IdNumbers.isValid(claim.idNumber())) {
            throw ProblemException.invalidIdNumber("$.idNumber");
        }
        return preChecks.check(claim);
    }
}
