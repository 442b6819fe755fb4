package cn.medins.trail;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import cn.medins.rest.Page;
import cn.medins.rest.Paging;
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

/** Every service's own audit trail, read by agency staff and auditors: who resolved, reversed, closed or changed what. */
@Admitted
@Path("/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditTrailResource {

    private final AuditTrail trail;

    public AuditTrailResource(AuditTrail trail) {
        this.trail = trail;
    }

    /** Who did what, newest first; filtered by actor, action, subject and a time range [from, to). */
    @GET
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<Page<AuditTrail.Entry>> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("subject") String subject, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return trail.list(new AuditTrail.Query(blankToNull(actor), blankToNull(action), blankToNull(subject), instant("from", from),
                instant("to", to)), page, size);
    }

    private static OffsetDateTime instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a timestamp with offset, e.g. 2026-04-01T00:00:00+08:00");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
