package cn.medins.enrollment.service;

import org.jboss.logging.Logger;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.partner.EmploymentEvent;
import cn.medins.enrollment.domain.EmploymentRules;
import cn.medins.enrollment.domain.Partner;
import cn.medins.messaging.inbox.RejectedEventException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Human resources' employment events (POLICY.md): hiring, intra-province transfer, retirement and leaving. An
 * employment event may announce a future effective date, so unlike other partner dates it is not refused for that.
 */
@ApplicationScoped
public class EmploymentChanges {

    private static final Logger LOG = Logger.getLogger(EmploymentChanges.class);

    private final Checks checks;
    private final InsuredRecords records;
    private final CoverageChanges coverage;

    public EmploymentChanges(Checks checks, InsuredRecords records, CoverageChanges coverage) {
        this.checks = checks;
        this.records = records;
        this.coverage = coverage;
    }

    @WithTransaction
    public Uni<Void> apply(EmploymentEvent event, String source) {
        Checks.requirePassed(checks.startFor(Partner.HR)
                .idNumber("idNumber", event.idNumber())
                .region("regionCode", event.regionCode()));
        return records.lockByIdNumber(event.idNumber()).chain(record -> {
            if (record != null) {
                return coverage.apply(record, EmploymentRules.decide(event, record.history()), source).replaceWithVoid();
            }
            if (event.type() == EmploymentEvent.Type.LEFT) {
                LOG.infof("%s left an employer but is not insured here: nothing to end (%s)", IdNumbers.mask(event.idNumber()),
                        source);
                return Uni.createFrom().voidItem();
            }
            // Human resources sends no name, and an insured person cannot be created without one.
            throw new RejectedEventException("field idNumber: no insured person with this ID number; enrol the person "
                    + "(POST /enrolments) and replay the " + event.type() + " event");
        });
    }
}
