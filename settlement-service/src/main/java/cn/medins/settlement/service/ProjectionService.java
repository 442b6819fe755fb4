package cn.medins.settlement.service;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.assistance.AssistanceEvents.NeedyAction;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyStatusChanged;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.messaging.inbox.RejectedEventException;
import cn.medins.settlement.repository.InsuredPersonRepository;
import cn.medins.settlement.repository.NeedyPeriod;
import cn.medins.settlement.repository.NeedyPeriodRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The eligibility projection, kept from events so that a settlement never waits on another service. Runs inside the
 * inbox transaction of the event it applies.
 */
@ApplicationScoped
public class ProjectionService {

    private final InsuredPersonRepository persons;
    private final NeedyPeriodRepository needyPeriods;
    private final InboundJson inbound;
    private final SettlementJson json;

    public ProjectionService(InsuredPersonRepository persons, NeedyPeriodRepository needyPeriods, InboundJson inbound,
            SettlementJson json) {
        this.persons = persons;
        this.needyPeriods = needyPeriods;
        this.inbound = inbound;
        this.json = json;
    }

    /** Every enrollment event carries the whole person: the projection is replaced, never merged. */
    public Uni<Void> replacePerson(JsonNode personNode) {
        PersonSnapshot person = inbound.read(personNode, PersonSnapshot.class);
        if (person.insuredId() == null || person.insuredId().isBlank()) {
            throw new RejectedEventException("the event carries no person with an insuredId");
        }
        return persons.replace(person.insuredId(), person.idNumber(), person.birthCertificateNo(), json.write(person));
    }

    /** A grant opens (or re-dates) a period of the category; a revocation ends the open ones at {@code validTo}. */
    public Uni<Void> applyNeedyStatus(NeedyStatusChanged change) {
        if (change.idNumber() == null && change.insuredId() == null || change.category() == null || change.validFrom() == null
                || change.action() == null) {
            throw new RejectedEventException("NeedyStatusChanged needs idNumber or insuredId, category, action and validFrom");
        }
        return needyPeriods.ofPerson(change.idNumber(), change.insuredId(), change.category()).chain(periods -> {
            if (change.action() == NeedyAction.REVOKED) {
                LocalDate end = change.validTo() != null ? change.validTo() : change.validFrom().minusDays(1);
                periods.forEach(p -> p.revokedOn(end));
                return Uni.createFrom().voidItem();
            }
            NeedyPeriod period = periods.stream().filter(p -> p.validFrom.equals(change.validFrom())).findFirst().orElseGet(NeedyPeriod::new);
            period.granted(change.idNumber(), change.insuredId(), change.category(), change.validFrom(), change.validTo());
            return period.id == null ? needyPeriods.persist(period).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }
}
