package cn.medins.enrollment.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import cn.medins.contracts.coverage.RemoteCareRegistration;
import cn.medins.enrollment.service.PersonQueries;
import cn.medins.enrollment.service.PersonView;
import cn.medins.enrollment.service.RemoteCare;
import cn.medins.enrollment.service.RemoteCareRequest;
import cn.medins.enrollment.service.TimelineView;
import cn.medins.rest.Page;
import cn.medins.rest.IdNumberFields;
import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@Path("/persons")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonQueries queries;
    private final RemoteCare remoteCare;

    public PersonResource(PersonQueries queries, RemoteCare remoteCare) {
        this.queries = queries;
        this.remoteCare = remoteCare;
    }

    @GET
    @Path("/{insuredId}")
    @Operation(summary = "A person with their coverage history, family, qualifications, remote-care registrations and needy status")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<PersonView> get(@PathParam("insuredId") String insuredId) {
        return queries.byInsuredId(insuredId);
    }

    /**
     * The newborn enrolled from this birth certificate. An ID number is not taken here: a URL ends up in access logs
     * and proxies outside the suite's log mask, so {@code ?idNumber=} is refused and the person is looked up with
     * {@code POST /persons/search}.
     */
    @GET
    @Operation(summary = "The newborn enrolled from this birth certificate (ID numbers: POST /persons/search)")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<PersonView> find(@QueryParam("idNumber") String idNumber,
            @QueryParam("birthCertificateNo") String birthCertificateNo) {
        IdNumberFields.refuseInUrl(idNumber, "POST /persons/search");
        if (birthCertificateNo == null || birthCertificateNo.isBlank()) {
            throw ProblemException.invalidField("birthCertificateNo", "is required (ID numbers: POST /persons/search)");
        }
        return queries.byBirthCertificateNo(birthCertificateNo);
    }

    /** Who to look up: exactly one of an ID number and a newborn's birth certificate number. */
    public record PersonSearch(@Size(max = 18) String idNumber, @Size(max = 64) String birthCertificateNo) {
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The person with this ID number, or the newborn enrolled from this birth certificate; 404 if none")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR, Roles.PARTNER})
    public Uni<PersonView> search(@Valid @NotNull PersonSearch search) {
        if ((search.idNumber() == null) == (search.birthCertificateNo() == null)) {
            throw ProblemException.invalidField("$.idNumber", "give exactly one of idNumber and birthCertificateNo");
        }
        if (search.idNumber() != null) {
            return queries.byIdNumber(IdNumberFields.require("$.idNumber", search.idNumber()));
        }
        return queries.byBirthCertificateNo(search.birthCertificateNo());
    }

    @POST
    @Path("/{insuredId}/remote-care-registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register remote care (异地就医备案) in another region")
    @RolesAllowed(Roles.AGENCY)
    public Uni<RestResponse<RemoteCareRegistration>> registerRemoteCare(@PathParam("insuredId") String insuredId,
            @Valid @NotNull RemoteCareRequest request) {
        RemoteCare.check(request);
        return remoteCare.register(insuredId, request, "request:" + UUID.randomUUID())
                .map(registration -> RestResponse.status(RestResponse.Status.CREATED, registration));
    }

    @GET
    @Path("/{insuredId}/timeline")
    @Operation(summary = "Every change of the person, oldest first, with its source (partner event, request, decision)")
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<Page<TimelineView>> timeline(@PathParam("insuredId") String insuredId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.timeline(insuredId, page, size);
    }
}
