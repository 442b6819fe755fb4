package cn.medins.audit.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.audit.service.CreditService;
import cn.medins.audit.service.CreditView;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Admitted
@Path("/institutions/{institutionId}/credit")
@Tag(name = "credit")
public class CreditResource {

    private final CreditService credit;
    private final Caller caller;

    public CreditResource(CreditService credit, Caller caller) {
        this.credit = credit;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The institution's credit grade (A+ ... D-) with the reasons")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY, Roles.AUDITOR})
    public Uni<CreditView> credit(@PathParam("institutionId") @Size(max = 32) String institutionId) {
        caller.mayActFor(institutionId, "institutionId");
        return credit.current(institutionId);
    }
}
