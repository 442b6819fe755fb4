package cn.medins.audit.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.RuleEngine;
import cn.medins.rest.admission.Admitted;
import cn.medins.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Admitted
@Path("/rules")
@Tag(name = "rules")
public class CatalogueResource {

    private final RuleEngine engine;

    public CatalogueResource(RuleEngine engine) {
        this.engine = engine;
    }

    @GET
    @Operation(summary = "The rule catalogue: id, category, severity, enabled state and parameters of every rule")
    @RolesAllowed({Roles.INSTITUTION, Roles.AGENCY, Roles.AUDITOR})
    public List<RuleDefinition> rules() {
        return engine.catalogue();
    }
}
