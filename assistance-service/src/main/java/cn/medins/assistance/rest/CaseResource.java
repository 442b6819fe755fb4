package cn.medins.assistance.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.medins.assistance.domain.CaseStatus;
import cn.medins.assistance.service.BenefitQueries;
import cn.medins.assistance.domain.ReviewDecision;
import cn.medins.assistance.service.CaseReviews;
import cn.medins.assistance.service.CaseView;
import cn.medins.rest.Page;
import cn.medins.rest.Paging;
import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Admitted
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    /** A reviewer's decision at the case's current stage; who the reviewer is, the token says. */
    public record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 1000) String note) {
    }

    private final BenefitQueries queries;
    private final CaseReviews cases;
    private final Caller caller;

    public CaseResource(BenefitQueries queries, CaseReviews cases, Caller caller) {
        this.queries = queries;
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Cases for township review (初审 → 复核 → 拨付), optionally of one status")
    @RolesAllowed(Roles.AGENCY)
    public Uni<Page<CaseView>> list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return queries.cases(status == null ? null : statusOf(status), page, size);
    }

    @POST
    @Path("/{caseId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "Approve (next stage; at 拨付 the payment is made) or reject the case at its current stage; each stage by another person (409 same-reviewer)")
    @RolesAllowed(Roles.AGENCY)
    public Uni<CaseView> review(@PathParam("caseId") String caseId, @Valid @NotNull ReviewRequest request) {
        return cases.review(caseIdOf(caseId), request.decision(), request.note(), caller.name())
                .chain(queries::caseView);
    }

    private static CaseStatus statusOf(String status) {
        try {
            return CaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "one of INITIAL_REVIEW, RECHECK, DISBURSEMENT, COMPLETED, REJECTED");
        }
    }

    private static UUID caseIdOf(String caseId) {
        try {
            return UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("caseId", "not a case id");
        }
    }
}
