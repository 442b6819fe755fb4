package cn.medins.assistance.service;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.medins.assistance.domain.Partner;
import cn.medins.contracts.region.PartnerRegions;
import cn.medins.assistance.domain.PaymentLimits;
import cn.medins.assistance.repository.EmploymentWage;
import cn.medins.assistance.repository.EmploymentWageRepository;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.partner.EmploymentEvent;
import cn.medins.messaging.inbox.RejectedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The HR projection: each person's employer average monthly wage, the latest by effective date. A record from a region
 * HR may not act for, or with a wage that cannot be one, is refused and the wage on file stays.
 */
@ApplicationScoped
public class EmploymentWages {

    private final EmploymentWageRepository wages;
    private final PartnerRegions partners;
    private final PaymentLimits limits;
    private final Clock clock;

    public EmploymentWages(EmploymentWageRepository wages, PartnerRegions partners, PaymentLimits limits, Clock clock) {
        this.wages = wages;
        this.partners = partners;
        this.limits = limits;
        this.clock = clock;
    }

    public Uni<Void> record(String eventId, EmploymentEvent event) {
        IdNumbers.refusal("idNumber", event.idNumber()).ifPresent(refusal -> {
            throw new RejectedEventException(refusal);
        });
        partners.problem(Partner.HR.key(), "regionCode", event.regionCode())
                .or(() -> limits.wageRefusal(event.averageMonthlyWage()))
                .ifPresent(reason -> {
                    throw new RejectedEventException(reason);
                });
        if (event.averageMonthlyWage() == null) {
            return Uni.createFrom().voidItem();
        }
        return wages.findByIdNumber(event.idNumber()).chain(found -> {
            if (found != null && found.effectiveDate.isAfter(event.effectiveDate())) {
                return Uni.createFrom().voidItem();
            }
            EmploymentWage wage = found != null ? found : wages.newFor(event.idNumber());
            wage.eventId = eventId;
            wage.employerId = event.employerId();
            wage.averageMonthlyWage = event.averageMonthlyWage();
            wage.effectiveDate = event.effectiveDate();
            wage.updatedAt = OffsetDateTime.now(clock);
            return found != null ? Uni.createFrom().voidItem() : wages.persist(wage).replaceWithVoid();
        });
    }

    /** The wage with the event it came from, or {@code null} when HR never reported one. */
    public Uni<EmploymentWage> of(String idNumber) {
        return idNumber == null ? Uni.createFrom().nullItem() : wages.findByIdNumber(idNumber);
    }
}
