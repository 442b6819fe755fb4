package cn.medins.settlement.rest;

import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import cn.medins.settlement.service.AccumulatorsView;
import cn.medins.settlement.service.SettlementService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Admitted
@Path("/persons/{insuredId}/accumulators")
public class PersonResource {

    private final SettlementService service;

    public PersonResource(SettlementService service) {
        this.service = service;
    }

    /** The person's annual totals; {@code year} defaults to the current one. */
    @GET
    @RolesAllowed({Roles.AGENCY, Roles.AUDITOR})
    public Uni<AccumulatorsView> accumulators(@RestPath String insuredId, @RestQuery @Min(2000) @Max(2100) Integer year) {
        return service.accumulators(insuredId, year == null ? LocalDate.now().getYear() : year);
    }
}
