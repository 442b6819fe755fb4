package cn.medins.settlement.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jboss.logging.Logger;

import cn.medins.contracts.audit.AuditEvents.InstitutionGraded;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.rest.FieldError;
import cn.medins.rest.ProblemException;
import cn.medins.trail.AuditTrail;
import cn.medins.settlement.domain.RegisteredInstitution.Status;
import cn.medins.settlement.domain.RegisteredInstitution.Type;
import cn.medins.settlement.repository.InstitutionChange;
import cn.medins.settlement.repository.InstitutionRecord;
import cn.medins.settlement.repository.InstitutionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The institution registry: staff register, describe, suspend and terminate institutions (each change recorded with
 * who made it); audit's grades arrive on Kafka; every claim is admitted against it before anything is computed.
 */
@ApplicationScoped
public class InstitutionService {

    private static final Logger LOG = Logger.getLogger(InstitutionService.class);

    private final InstitutionRepository institutions;
    private final AuditTrail trail;

    public InstitutionService(InstitutionRepository institutions, AuditTrail trail) {
        this.institutions = institutions;
        this.trail = trail;
    }

    /** The registry's facts for a new institution, or a new description of one. */
    public record Description(String name, Type type, int level, String regionCode) {
    }

    @WithTransaction
    public Uni<InstitutionRecord> register(String institutionId, Description description, String by) {
        return institutions.findById(institutionId).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("institution-registered", institutionId + " is registered already; PUT changes it");
            }
            InstitutionRecord institution = InstitutionRecord.register(institutionId, description.name(), description.type(),
                    description.level(), description.regionCode(), by, now());
            return institutions.persist(institution)
                    .call(saved -> recorded(saved, "REGISTERED", describe(description)));
        });
    }

    @WithTransaction
    public Uni<InstitutionRecord> describe(String institutionId, Description description, String by) {
        return existing(institutionId).call(institution -> {
            institution.describe(description.name(), description.type(), description.level(), description.regionCode(), by, now());
            return recorded(institution, "DESCRIBED", describe(description));
        });
    }

    @WithTransaction
    public Uni<InstitutionRecord> changeStatus(String institutionId, Status status, String reason, String by) {
        return existing(institutionId).call(institution -> {
            Status from = institution.status;
            institution.changeStatus(status, reason, by, now());
            return recorded(institution, status.name(), from + " → " + status + ": " + reason);
        });
    }

    /** The registry's own history of the institution, and the suite's audit trail of who changed it. */
    private Uni<Void> recorded(InstitutionRecord institution, String action, String detail) {
        return InstitutionChange.of(institution, action, detail).persist()
                .call(() -> trail.record(institution.changedBy, "INSTITUTION_" + action, institution.institutionId, detail))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<InstitutionRecord> find(String institutionId) {
        return existing(institutionId);
    }

    @WithSession
    public Uni<List<InstitutionRecord>> list(String regionCode, Status status) {
        return institutions.list(regionCode, status);
    }

    @WithSession
    public Uni<List<InstitutionChange>> changes(String institutionId) {
        return existing(institutionId).chain(institution -> institutions.changes(institutionId));
    }

    /** Audit graded the institution; an institution the registry does not know has nothing to grade. */
    @WithTransaction
    public Uni<Void> graded(InstitutionGraded graded) {
        return institutions.findById(graded.institutionId()).invoke(institution -> {
            if (institution == null) {
                LOG.infof("grade %s for %s ignored: not in the registry", graded.grade(), graded.institutionId());
            } else {
                institution.grade(graded.grade(), graded.gradedAt());
            }
        }).replaceWithVoid();
    }

    /**
     * Refuses, with a 422 naming the field, a claim from an institution the registry does not know, one that may not
     * settle (suspended, terminated, or not of a type that settles the visit) or one whose declared level or region
     * disagrees with the registry. Runs inside the caller's session.
     */
    public Uni<Void> admit(ClaimRequest claim) {
        return institutions.findById(claim.institutionId()).invoke(institution -> {
            if (institution == null) {
                throw ProblemException.unprocessable("unknown-institution", claim.institutionId() + " is not in the institution registry",
                        new FieldError("$.institutionId", "no designated institution " + claim.institutionId()));
            }
            institution.registered().refusal(claim.visitType(), claim.institutionLevel(), claim.institutionRegionCode())
                    .ifPresent(refusal -> {
                        throw ProblemException.unprocessable(refusal.code(), refusal.message(), new FieldError(refusal.field(), refusal.message()));
                    });
        }).replaceWithVoid();
    }

    private Uni<InstitutionRecord> existing(String institutionId) {
        return institutions.findById(institutionId).map(institution -> {
            if (institution == null) {
                throw ProblemException.notFound("institution", "no institution " + institutionId + " in the registry");
            }
            return institution;
        });
    }

    private static String describe(Description description) {
        return description.type() + ", level " + description.level() + ", region " + description.regionCode() + ", " + description.name();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
