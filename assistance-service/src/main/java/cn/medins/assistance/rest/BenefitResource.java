package cn.medins.assistance.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.medins.assistance.service.BenefitQueries;
import cn.medins.assistance.service.BenefitView;
import cn.medins.assistance.service.HeldPaymentView;
import cn.medins.assistance.service.PaymentView;
import cn.medins.rest.Page;
import cn.medins.rest.Paging;
import cn.medins.rest.IdNumberFields;
import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    /** Whose decisions or payments: an ID number travels in the body, never in a URL, where access logs keep it. */
    public record PersonSearch(@Size(max = 18) String idNumber, @Size(max = 40) String insuredId) {
    }

    @GET
    @Path("benefits")
    @Operation(summary = "Every apply-free decision for an insured id (by ID number: POST /benefits/search)")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<Page<BenefitView>> benefits(@QueryParam("idNumber") String idNumber, @QueryParam("insuredId") String insuredId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        IdNumberFields.refuseInUrl(idNumber, "POST /benefits/search");
        Paging.check(page, size);
        if (insuredId == null || insuredId.isBlank()) {
            throw ProblemException.invalidField("insuredId", "is required (by ID number: POST /benefits/search)");
        }
        return queries.benefits(null, insuredId, page, size);
    }

    @POST
    @Path("benefits/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every apply-free decision for a person, by ID number or insured id, with the facts it matched")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<Page<BenefitView>> searchBenefits(@Valid @NotNull PersonSearch search,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        if (search.idNumber() == null && (search.insuredId() == null || search.insuredId().isBlank())) {
            throw ProblemException.invalidField("$.idNumber", "idNumber or insuredId is required");
        }
        return queries.benefits(search.idNumber() == null ? null : IdNumberFields.require("$.idNumber", search.idNumber()),
                search.insuredId(), page, size);
    }

    @GET
    @Path("payments")
    @Operation(summary = "Refused: payments are looked up by ID number with POST /payments/search")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<Page<PaymentView>> payments(@QueryParam("idNumber") String idNumber) {
        IdNumberFields.refuseInUrl(idNumber, "POST /payments/search");
        throw ProblemException.invalidField("idNumber", "payments are looked up with POST /payments/search {\"idNumber\": ...}");
    }

    @POST
    @Path("payments/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Payment instructions for a person (by ID number), account masked, with their status")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<Page<PaymentView>> searchPayments(@Valid @NotNull PersonSearch search,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return queries.payments(IdNumberFields.require("$.idNumber", search.idNumber()), page, size);
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
