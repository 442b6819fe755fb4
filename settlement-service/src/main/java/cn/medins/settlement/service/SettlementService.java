package cn.medins.settlement.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.medins.contracts.Topics;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.rest.ClaimRequestChecks;
import cn.medins.rest.FieldError;
import cn.medins.rest.ProblemException;
import cn.medins.trail.AuditTrail;
import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.Claim;
import cn.medins.settlement.config.ActivePolicies;
import cn.medins.settlement.domain.PolicyCatalog;
import cn.medins.settlement.domain.PolicyRefusal;
import cn.medins.settlement.domain.RatingInput;
import cn.medins.settlement.domain.Settlement;
import cn.medins.settlement.domain.SettlementCalculator;
import cn.medins.settlement.repository.PersonYear;
import cn.medins.settlement.repository.PersonYearRepository;
import cn.medins.settlement.repository.SettlementRecord;
import cn.medins.settlement.repository.SettlementRecord.Status;
import cn.medins.settlement.repository.SettlementRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Preview, settle and reverse. A settlement is one transaction: the person's year is locked, the split computed on
 * it, the settlement saved, the year updated and {@code ClaimSettled} written to the outbox, or none of it.
 */
@ApplicationScoped
public class SettlementService {

    private final ClaimRequestChecks checks;
    private final EligibilityService eligibility;
    private final ActivePolicies policies;
    private final PersonYearRepository years;
    private final SettlementRepository settlements;
    private final Outbox outbox;
    private final SettlementJson json;
    private final ClearingService clearing;
    private final InstitutionService institutions;
    private final AuditTrail trail;

    public SettlementService(ClaimRequestChecks checks, EligibilityService eligibility, ActivePolicies policies, PersonYearRepository years,
            SettlementRepository settlements, Outbox outbox, SettlementJson json, ClearingService clearing,
            InstitutionService institutions, AuditTrail trail) {
        this.checks = checks;
        this.trail = trail;
        this.institutions = institutions;
        this.eligibility = eligibility;
        this.policies = policies;
        this.years = years;
        this.settlements = settlements;
        this.outbox = outbox;
        this.json = json;
        this.clearing = clearing;
    }

    /** A settlement and whether this call created it ({@code false}: the request id was settled before). */
    public record Outcome(SettlementView view, boolean created) {
    }

    @WithSession
    public Uni<SettlementView> preview(ClaimRequest request) {
        checks.check(request);
        int year = request.serviceDate().getYear();
        return institutions.admit(request).chain(() -> eligibility.of(request)).chain(eligible -> years.find(eligible.insuredId(), year).map(row -> {
            Settlement settlement = calculate(eligible, request, ClaimMapping.toClaim(request),
                    row == null ? Accumulators.NONE : row.accumulators());
            return new SettlementView(null, request.requestId(), "PREVIEW", eligible.insuredId(), request.institutionId(),
                    request.serviceDate(), settlement.policyVersion(), settlement.catalogueVersion(), settlement.split(),
                    SettlementView.Adjudicated.NONE, settlement.lines(), null, null, null);
        }));
    }

    @WithTransaction
    public Uni<Outcome> settle(ClaimRequest request) {
        checks.check(request);
        return institutions.admit(request)
                .chain(() -> settlements.findByRequestId(request.institutionId(), request.requestId()))
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(new Outcome(view(existing), false))
                        : eligibility.of(request).chain(eligible -> settleNew(request, eligible)));
    }

    private Uni<Outcome> settleNew(ClaimRequest request, Eligible eligible) {
        return years.lock(eligible.insuredId(), request.serviceDate().getYear()).chain(year -> {
            Claim claim = ClaimMapping.toClaim(request);
            Settlement settlement = calculate(eligible, request, claim, year.accumulators());
            year.set(year.accumulators().plus(settlement.delta()));
            SettlementRecord saved = record(request, eligible, settlement);
            // what the calculator saw, so that a policy draft can be replayed over the claim as it was rated
            saved.regionCode = eligible.enrolment().regionCode();
            saved.rated = json.write(new RatingInput(eligible.insured(), claim));
            SettlementEvents.ClaimSettled event = ClaimMapping.claimSettled(saved.settlementId, request, eligible, settlement, saved.settledAt);
            return clearing.bookingMonth(saved.institutionId, saved.clearingMonth)
                    .invoke(booked -> saved.clearingMonth = booked)
                    .chain(() -> settlements.persist(saved))
                    .chain(() -> outbox.publish(OutgoingEvent.aboutPerson(Topics.SETTLEMENT_EVENTS, SettlementEvents.CLAIM_SETTLED,
                            eligible.insuredId(), event)))
                    .replaceWith(() -> new Outcome(view(saved), true));
        });
    }

    @WithSession
    public Uni<SettlementView> findByRequestId(String institutionId, String requestId) {
        return settlements.findByRequestId(institutionId, requestId).map(this::view);
    }

    @WithSession
    public Uni<SettlementView> find(String settlementId) {
        return settlements.findById(settlementId).map(found -> view(existing(found, settlementId)));
    }

    /**
     * Reverses a settlement: the person's year gets back exactly what it took, and {@code SettlementReversed} is
     * published. The year is locked before the settlement is loaded, in the same order as settling and adjudicating.
     */
    @WithTransaction
    public Uni<SettlementView> reverse(String settlementId, String reason, String by) {
        return settlements.ownerOf(settlementId).chain(owner -> {
            if (owner == null) {
                throw notFound(settlementId);
            }
            return years.lock(owner.insuredId(), owner.serviceDate().getYear())
                    .chain(year -> settlements.findById(settlementId).chain(settled -> reverse(settled, year, reason)))
                    .call(() -> trail.record(by, "SETTLEMENT_REVERSED", settlementId, reason));
        });
    }

    private Uni<SettlementView> reverse(SettlementRecord settled, PersonYear year, String reason) {
        settled.reverse(reason, now());
        year.set(year.accumulators().minus(settled.reversal(json.delta(settled.accumulatorDelta))));
        return clearing.reversed(settled.institutionId, settled.clearingMonth, settled.settlementId, settled.funds).chain(() -> outbox.publish(OutgoingEvent.aboutPerson(Topics.SETTLEMENT_EVENTS, SettlementEvents.SETTLEMENT_REVERSED,
                settled.insuredId, ClaimMapping.settlementReversed(settled)))).replaceWith(() -> view(settled));
    }

    /**
     * The person's year, with what its live claims were paid beyond what their burden entitles to (POLICY.md,
     * reversals), rated with the person's scheme and needy status at the year's end, or today within the year.
     */
    @WithSession
    public Uni<AccumulatorsView> accumulators(String insuredId, int year) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate asOf = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        return years.find(insuredId, year).chain(row -> {
            Accumulators totals = row == null ? Accumulators.NONE : row.accumulators();
            return eligibility.insuredOn(insuredId, asOf).map(insured -> {
                SettlementCalculator calculator = insured == null ? null
                        : policies.current().calculator(insured.regionCode(), asOf).orElse(null);
                AccumulatorsView.Overpaid overpaid = calculator == null ? AccumulatorsView.Overpaid.NONE
                        : new AccumulatorsView.Overpaid(calculator.criticalIllnessOverpaid(insured, totals),
                                calculator.assistanceOverpaid(insured, totals));
                return AccumulatorsView.of(insuredId, year, totals, overpaid);
            });
        });
    }

    private Settlement calculate(Eligible eligible, ClaimRequest request, Claim claim, Accumulators year) {
        String region = eligible.enrolment().regionCode();
        // one snapshot for both regions: an activation in between must not pair a new payment policy with an old catalogue
        PolicyCatalog catalog = policies.current();
        SettlementCalculator calculator = catalog.calculator(region, request.serviceDate())
                .orElseThrow(() -> ProblemException.unprocessable("no-policy", "no policy of region " + region + " in force on "
                        + request.serviceDate(), new FieldError(request.dischargeDate() != null ? "$.dischargeDate" : "$.admissionDate",
                                "no policy in force for the person's region on the service date")));
        try {
            return catalog.rate(calculator, eligible.insured(), claim, year);
        } catch (PolicyRefusal refusal) {
            throw ProblemException.unprocessable("policy-refusal", refusal.getMessage(), new FieldError(refusal.field(), refusal.getMessage()));
        }
    }

    private SettlementRecord record(ClaimRequest request, Eligible eligible, Settlement settlement) {
        SettlementRecord saved = new SettlementRecord();
        saved.settlementId = UUID.randomUUID().toString();
        saved.requestId = request.requestId();
        saved.insuredId = eligible.insuredId();
        saved.idNumber = eligible.person().idNumber();
        saved.institutionId = request.institutionId();
        saved.visitType = request.visitType();
        saved.serviceDate = request.serviceDate();
        saved.clearingMonth = request.serviceDate().toString().substring(0, 7);
        saved.needyCategory = eligible.needy();
        saved.policyVersion = settlement.policyVersion();
        saved.catalogueVersion = settlement.catalogueVersion();
        saved.setSplit(settlement.split());
        saved.lines = json.write(settlement.lines());
        saved.accumulatorDelta = json.write(settlement.delta());
        saved.status = Status.SETTLED;
        saved.settledAt = now();
        return saved;
    }

    private SettlementView view(SettlementRecord saved) {
        return new SettlementView(saved.settlementId, saved.requestId, saved.status.name(), saved.insuredId, saved.institutionId,
                saved.serviceDate, saved.policyVersion, saved.catalogueVersion, saved.split(),
                new SettlementView.Adjudicated(saved.adjudicatedCriticalIllness, saved.adjudicatedAssistance), json.lines(saved.lines),
                saved.settledAt, saved.reversedAt,
                saved.reversalReason);
    }

    private static SettlementRecord existing(SettlementRecord found, String settlementId) {
        if (found == null) {
            throw notFound(settlementId);
        }
        return found;
    }

    private static ProblemException notFound(String settlementId) {
        return ProblemException.notFound("settlement", "no settlement " + settlementId);
    }

    /** Truncated to what PostgreSQL keeps, so a repeated request reads back exactly the first answer. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
