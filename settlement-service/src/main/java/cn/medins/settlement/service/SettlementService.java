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
import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.Claim;
import cn.medins.settlement.domain.RatingInput;
import cn.medins.settlement.domain.Settlement;
import cn.medins.settlement.repository.PersonYearRepository;
import cn.medins.settlement.repository.SettlementRecord;
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
    private final InstitutionService institutions;
    private final EligibilityService eligibility;
    private final SettlementRating rating;
    private final PersonYearRepository years;
    private final SettlementRepository settlements;
    private final ClearingBookings clearing;
    private final Reversals reversals;
    private final Outbox outbox;
    private final SettlementViews views;
    private final SettlementJson json;

    public SettlementService(ClaimRequestChecks checks, InstitutionService institutions, EligibilityService eligibility,
            SettlementRating rating, PersonYearRepository years, SettlementRepository settlements, ClearingBookings clearing,
            Reversals reversals, Outbox outbox, SettlementViews views, SettlementJson json) {
        this.checks = checks;
        this.institutions = institutions;
        this.eligibility = eligibility;
        this.rating = rating;
        this.years = years;
        this.settlements = settlements;
        this.clearing = clearing;
        this.reversals = reversals;
        this.outbox = outbox;
        this.views = views;
        this.json = json;
    }

    /** A settlement and whether this call created it ({@code false}: the request id was settled before). */
    public record Outcome(SettlementView view, boolean created) {
    }

    @WithSession
    public Uni<SettlementView> preview(ClaimRequest request) {
        checks.check(request);
        int year = request.serviceDate().getYear();
        return institutions.admit(request).chain(() -> eligibility.of(request)).chain(eligible -> years.find(eligible.insuredId(), year)
                .map(row -> SettlementViews.preview(request, eligible.insuredId(), rating.rate(eligible, request,
                        ClaimMapping.toClaim(request), row == null ? Accumulators.NONE : row.accumulators()))));
    }

    @WithTransaction
    public Uni<Outcome> settle(ClaimRequest request) {
        checks.check(request);
        return institutions.admit(request)
                .chain(() -> settlements.findByRequestId(request.institutionId(), request.requestId()))
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(new Outcome(views.of(existing), false))
                        : eligibility.of(request).chain(eligible -> settleNew(request, eligible)));
    }

    /** Locks the person's year, rates the claim on it, books it in its clearing month, saves it and publishes it. */
    private Uni<Outcome> settleNew(ClaimRequest request, Eligible eligible) {
        return years.lock(eligible.insuredId(), request.serviceDate().getYear()).chain(year -> {
            Claim claim = ClaimMapping.toClaim(request);
            Settlement settlement = rating.rate(eligible, request, claim, year.accumulators());
            year.set(year.accumulators().plus(settlement.delta()));
            SettlementRecord saved = record(request, eligible, claim, settlement);
            SettlementEvents.ClaimSettled event = ClaimMapping.claimSettled(saved.settlementId, request, eligible, settlement,
                    saved.settledAt);
            return clearing.bookingMonth(saved.institutionId, saved.clearingMonth)
                    .invoke(saved::bookIn)
                    .chain(() -> settlements.persist(saved))
                    .chain(() -> outbox.publish(OutgoingEvent.aboutPerson(Topics.SETTLEMENT_EVENTS, SettlementEvents.CLAIM_SETTLED,
                            eligible.insuredId(), event)))
                    .replaceWith(() -> new Outcome(views.of(saved), true));
        });
    }

    private SettlementRecord record(ClaimRequest request, Eligible eligible, Claim claim, Settlement settlement) {
        SettlementRecord.Claimant claimant = new SettlementRecord.Claimant(eligible.insuredId(), eligible.person().idNumber(),
                eligible.needy(), eligible.enrolment().regionCode());
        SettlementRecord.Written written = new SettlementRecord.Written(json.write(settlement.lines()),
                json.write(settlement.delta()), json.write(new RatingInput(eligible.insured(), claim)));
        return SettlementRecord.settle(UUID.randomUUID().toString(), request, claimant, settlement, written, now());
    }

    @WithSession
    public Uni<SettlementView> findByRequestId(String institutionId, String requestId) {
        return settlements.findByRequestId(institutionId, requestId).map(views::of);
    }

    @WithSession
    public Uni<SettlementView> find(String settlementId) {
        return settlements.findById(settlementId).map(found -> {
            if (found == null) {
                throw Reversals.notFound(settlementId);
            }
            return views.of(found);
        });
    }

    /** Reverses a settlement once ({@link Reversals}); a second reversal is a conflict. */
    @WithTransaction
    public Uni<SettlementView> reverse(String settlementId, String reason, String by) {
        return reversals.reverse(settlementId, reason, by, now()).map(views::of);
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
            return eligibility.insuredOn(insuredId, asOf)
                    .map(insured -> AccumulatorsView.of(insuredId, year, totals, rating.overpaid(insured, asOf, totals)));
        });
    }

    /** Truncated to what PostgreSQL keeps, so a repeated request reads back exactly the first answer. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
