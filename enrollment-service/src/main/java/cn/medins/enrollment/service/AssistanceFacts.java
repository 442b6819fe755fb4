package cn.medins.enrollment.service;

import java.time.LocalDate;
import java.util.Map;

import org.jboss.logging.Logger;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.enrollment.repository.ContributionSubsidy;
import cn.medins.enrollment.repository.ContributionSubsidyRepository;
import cn.medins.enrollment.repository.NeedyPeriod;
import cn.medins.enrollment.repository.NeedyPeriodRepository;
import cn.medins.enrollment.repository.PersonRepository;
import cn.medins.enrollment.repository.QualificationRecord;
import cn.medins.enrollment.repository.QualificationRepository;
import cn.medins.messaging.inbox.RejectedEventException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the assistance service decided about a person. Subsidies and needy status are kept by ID number, so a person
 * enrolled after the decision still shows them; a chronic-disease qualification needs the insured person it is
 * granted to, and is dead-lettered (to be replayed) when enrollment does not know them.
 */
@ApplicationScoped
public class AssistanceFacts {

    public static final String CHRONIC_DISEASE_RECOGNITION = "CHRONIC_DISEASE_RECOGNITION";
    private static final Logger LOG = Logger.getLogger(AssistanceFacts.class);

    private final PersonRepository persons;
    private final InsuredRecords records;
    private final ContributionSubsidyRepository subsidies;
    private final NeedyPeriodRepository needy;
    private final QualificationRepository qualifications;
    private final PersonChanges changes;

    public AssistanceFacts(PersonRepository persons, InsuredRecords records, ContributionSubsidyRepository subsidies,
            NeedyPeriodRepository needy, QualificationRepository qualifications, PersonChanges changes) {
        this.persons = persons;
        this.records = records;
        this.subsidies = subsidies;
        this.needy = needy;
        this.qualifications = qualifications;
        this.changes = changes;
    }

    @WithTransaction
    public Uni<Void> subsidyGranted(AssistanceEvents.PremiumSubsidyGranted grant, String source) {
        return subsidies.findById(grant.decisionId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            ContributionSubsidy subsidy = new ContributionSubsidy();
            subsidy.decisionId = grant.decisionId();
            subsidy.idNumber = grant.idNumber();
            subsidy.year = grant.year();
            subsidy.category = grant.category();
            subsidy.ratio = grant.ratio();
            subsidy.amount = grant.amount();
            subsidy.source = source;
            return subsidies.persist(subsidy).chain(() -> noteIfInsured(grant.idNumber(), "SUBSIDY_RECORDED",
                    "premium subsidy of " + grant.amount() + " (" + grant.category() + ", ratio " + grant.ratio()
                            + ") recorded on the " + grant.year() + " contribution, decision " + grant.decisionId(),
                    source));
        });
    }

    @WithTransaction
    public Uni<Void> needyStatusChanged(AssistanceEvents.NeedyStatusChanged change, String source) {
        Uni<Void> applied = change.action() == AssistanceEvents.NeedyAction.GRANTED
                ? grantNeedy(change, source)
                : revokeNeedy(change, source);
        return applied.chain(() -> noteIfInsured(change.idNumber(), "NEEDY_STATUS_CHANGED", "needy status "
                + change.category() + " " + change.action() + " from " + change.validFrom()
                + (change.validTo() == null ? "" : " to " + change.validTo()), source));
    }

    @WithTransaction
    public Uni<Void> benefitGranted(AssistanceEvents.BenefitGranted benefit, String source) {
        if (!CHRONIC_DISEASE_RECOGNITION.equals(benefit.kind())) {
            return Uni.createFrom().voidItem();
        }
        ChronicDisease disease = disease(benefit.details());
        LocalDate validFrom = validFrom(benefit.details());
        Uni<InsuredRecord> person = benefit.insuredId() != null ? records.lockById(benefit.insuredId())
                : records.lockByIdNumber(benefit.idNumber());
        return person.chain(record -> {
            if (record == null) {
                throw new RejectedEventException("field insuredId: no insured person " + (benefit.insuredId() != null
                        ? benefit.insuredId() : "with the ID number") + " to grant the qualification to");
            }
            if (record.qualifications().stream().anyMatch(held -> held.disease == disease)) {
                return Uni.createFrom().voidItem();
            }
            QualificationRecord qualification = new QualificationRecord();
            qualification.insuredId = record.insuredId();
            qualification.disease = disease;
            qualification.validFrom = validFrom;
            qualification.source = source;
            record.add(qualification);
            return qualifications.persist(qualification)
                    .call(() -> changes.note(record.insuredId(), "QUALIFICATION_GRANTED", "chronic-disease qualification "
                            + disease + " from " + validFrom + ", decision " + benefit.decisionId(), source))
                    .call(() -> changes.announce(record.insuredId(), EnrollmentEvents.QUALIFICATION_GRANTED,
                            new EnrollmentEvents.QualificationGranted(record.snapshot(), disease, source)))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> grantNeedy(AssistanceEvents.NeedyStatusChanged change, String source) {
        return needy.find(change.idNumber(), change.category(), change.validFrom()).chain(period -> {
            NeedyPeriod row = period != null ? period : new NeedyPeriod();
            row.idNumber = change.idNumber();
            row.category = change.category();
            row.validFrom = change.validFrom();
            row.validTo = change.validTo();
            row.regionCode = change.regionCode();
            row.source = source;
            return period != null ? Uni.createFrom().voidItem() : needy.persist(row).replaceWithVoid();
        });
    }

    /** A revocation ends the periods still running at its end date; what was already granted before stays. */
    private Uni<Void> revokeNeedy(AssistanceEvents.NeedyStatusChanged change, String source) {
        LocalDate end = change.validTo() != null ? change.validTo() : change.validFrom().minusDays(1);
        return needy.runningAfter(change.idNumber(), change.category(), end).invoke(periods -> periods.forEach(period -> {
            // Ending the day before it began leaves a period that covers no date, as assistance records it.
            period.validTo = end;
            period.source = source;
        })).replaceWithVoid();
    }

    private Uni<Void> noteIfInsured(String idNumber, String kind, String description, String source) {
        return persons.byIdNumber(idNumber).chain(person -> {
            if (person == null) {
                LOG.infof("%s for %s, not insured yet: kept by ID number (%s)", kind, IdNumbers.mask(idNumber), source);
                return Uni.createFrom().voidItem();
            }
            return changes.note(person.insuredId, kind, description, source);
        });
    }

    private static ChronicDisease disease(Map<String, String> details) {
        String name = details == null ? null : details.get("disease");
        try {
            return ChronicDisease.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedEventException("field details.disease: '" + name + "' is not a chronic disease of the policy");
        }
    }

    private static LocalDate validFrom(Map<String, String> details) {
        String date = details.get("validFrom");
        try {
            return LocalDate.parse(date);
        } catch (RuntimeException e) {
            throw new RejectedEventException("field details.validFrom: '" + date + "' is not an ISO date");
        }
    }
}
