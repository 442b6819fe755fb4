package cn.medins.assistance.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.medins.assistance.service.BenefitQueries;
import cn.medins.assistance.service.BenefitView;
import cn.medins.assistance.service.HeldPaymentView;
import cn.medins.assistance.service.PaymentView;
import cn.medins.rest.Page;
import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Admitted
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class BenefitResource {

    private final BenefitQueries queries;

    public BenefitResource(BenefitQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("benefits")
    @Operation(summary = "Every apply-free decision for a person, with the facts it matched")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<Page<BenefitView>> benefits(@QueryParam("idNumber") String idNumber, @QueryParam("insuredId") String insuredId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        if (idNumber == null && (insuredId == null || insuredId.isBlank())) {
            throw ProblemException.invalidField("idNumber", "idNumber or insuredId is required");
        }
        return queries.benefits(idNumber == null ? null : IdNumberParameters.require("idNumber", idNumber), insuredId, page, size);
    }

    @GET
    @Path("payments")
    @Operation(summary = "Payment instructions sent to the bank for a person, account masked")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<Page<PaymentView>> payments(@QueryParam("idNumber") String idNumber,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return queries.payments(IdNumberParameters.require("idNumber", idNumber), page, size);
    }

    @GET
    @Path("payments/held")
    @Operation(summary = "Payments held for township review (amount or wage above the policy limits), oldest first, account masked")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<Page<HeldPaymentView>> heldPayments(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return queries.heldPayments(page, size);
    }
}
