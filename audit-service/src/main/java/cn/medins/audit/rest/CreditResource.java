package cn.medins.audit.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.audit.service.CreditService;
import cn.medins.audit.service.CreditView;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/institutions/{institutionId}/credit")
@Tag(name = "credit")
public class CreditResource {

    private final CreditService credit;

    public CreditResource(CreditService credit) {
        this.credit = credit;
    }

    @GET
    @Operation(summary = "The institution's credit grade (A+ ... D-) with the reasons")
    public Uni<CreditView> credit(@PathParam("institutionId") @Size(max = 32) String institutionId) {
        return credit.current(institutionId);
    }
}
