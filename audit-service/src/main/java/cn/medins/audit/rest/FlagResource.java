package cn.medins.audit.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.audit.service.FlagService;
import cn.medins.audit.service.FlagView;
import cn.medins.contracts.audit.AuditEvents.Decision;
import cn.medins.rest.Page;
import cn.medins.rest.ProblemException;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Caller;
import cn.medins.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

@Admitted
@Path("/flags")
@Tag(name = "flags")
public class FlagResource {

    /** An auditor's decision on a flag. */
    public record Resolution(@NotNull Decision decision, @Size(max = 1000) String note) {
    }

    private final FlagService flags;
    private final Caller caller;

    public FlagResource(FlagService flags, Caller caller) {
        this.flags = flags;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Flags, newest first; from/to bound the service date (inclusive)")
    @RolesAllowed({Roles.AUDITOR, Roles.AGENCY})
    public Uni<Page<FlagView>> list(@QueryParam("institutionId") String institutionId, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return flags.search(institutionId, status, date("from", from), date("to", to), page, size);
    }

    @GET
    @Path("/{flagId}")
    @RolesAllowed({Roles.AUDITOR, Roles.AGENCY})
    public Uni<FlagView> get(@PathParam("flagId") String flagId) {
        return flags.get(flagId);
    }

    @POST
    @Path("/{flagId}/resolution")
    @Operation(summary = "Confirm (issues a deduction of the flagged amount) or dismiss an open flag; once only (409)")
    @RolesAllowed(Roles.AUDITOR)
    public Uni<FlagView> resolve(@PathParam("flagId") String flagId, @Valid @NotNull Resolution resolution) {
        return flags.resolve(flagId, resolution.decision(), resolution.note(), caller.name());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date such as 2026-04-01");
        }
    }
}
