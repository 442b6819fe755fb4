package cn.medins.audit.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.InMemoryHistory;
import cn.medins.audit.domain.InMemoryHistory.CostTotal;
import cn.medins.audit.domain.PriorClaim;
import cn.medins.audit.domain.Stays;
import cn.medins.audit.domain.TraceCodes;
import cn.medins.audit.domain.TraceUse;
import cn.medins.contracts.coverage.VisitType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The audit's memory of settled claims: the claims, the traceability ledger (codes and drug identifiers) and the cost
 * per diagnosis. Reading loads what the rules may ask about one claim in four indexed reads — the person's claims
 * around it, the billings of its codes and of their drug identifiers, the costs of its diagnosis — so evaluating the
 * rules afterwards touches no database.
 */
@ApplicationScoped
public class HistoryRepository {

    private final BilledClaimRepository claims;
    private final TraceUseRepository traceUses;
    private final TraceProductRepository products;
    private final DiagnosisCostRepository costs;

    public HistoryRepository(BilledClaimRepository claims, TraceUseRepository traceUses, TraceProductRepository products,
            DiagnosisCostRepository costs) {
        this.claims = claims;
        this.traceUses = traceUses;
        this.products = products;
        this.costs = costs;
    }

    public Uni<Boolean> contains(String settlementId) {
        return claims.findById(settlementId).map(found -> found != null);
    }

    /** See {@link TraceUseRepository#lockForScreening}: taken before the history of a claim that will be recorded is read. */
    public Uni<Void> lockTraceCodes(ClaimFacts claim) {
        return traceUses.lockForScreening(traceCodesOf(claim));
    }

    public Uni<History> historyFor(ClaimFacts claim, int lookbackDays) {
        InMemoryHistory history = new InMemoryHistory();
        Set<String> codes = traceCodesOf(claim);
        return claims.ofPerson(claim.insuredId(), claim.idNumber(), claim.admissionDate().minusDays(lookbackDays),
                        claim.serviceDate())
                .invoke(found -> found.forEach(c -> history.addClaim(toPrior(c))))
                .chain(() -> traceUses.usesOf(codes))
                .invoke(found -> found.forEach(u -> history.addTraceUse(new TraceUse(u.traceCode, u.settlementId,
                        u.institutionId, u.itemCode, u.serviceDate, u.reversed))))
                .chain(() -> products.firstUsesOf(productsOf(codes)))
                .invoke(found -> found.forEach(p -> history.addProductUse(p.product, new TraceUse(p.traceCode,
                        p.settlementId, p.institutionId, p.itemCode, p.serviceDate, false))))
                .chain(() -> claim.principalDiagnosis() == null ? Uni.createFrom().item(List.<DiagnosisCost>of())
                        : costs.ofCategory(Stays.diagnosisCategory(claim.principalDiagnosis()), claim.institutionLevel()))
                .invoke(found -> found.forEach(c -> history.addCost(c.diagnosisCategory, c.institutionLevel,
                        c.institutionId, new CostTotal(c.claimCount, c.total))))
                .replaceWith(history);
    }

    /** Adds a settled claim to the history: the claim, its packs in the ledger, its drug identifiers, its cost. */
    public Uni<Void> record(ClaimFacts claim, OffsetDateTime settledAt) {
        List<TraceUseEntry> uses = claim.tracedPacks().stream().map(pack -> {
            TraceUseEntry use = new TraceUseEntry();
            use.traceCode = pack.traceCode();
            use.settlementId = claim.claimId();
            use.institutionId = claim.institutionId();
            use.itemCode = pack.item().code();
            use.serviceDate = claim.serviceDate();
            use.billedAt = settledAt;
            return use;
        }).toList();
        return claims.persist(toRow(claim, settledAt))
                // Panache refuses to persist an empty list, and most claims carry no traceability code.
                .chain(() -> uses.isEmpty() ? Uni.createFrom().voidItem() : traceUses.persist(uses))
                .chain(() -> Unis.sequentially(uses, use -> {
                    String product = TraceCodes.product(use.traceCode);
                    return product == null ? Uni.createFrom().voidItem() : products.recordFirstUse(use, product);
                }))
                .chain(() -> addCost(claim.principalDiagnosis(), claim.institutionLevel(), claim.institutionId(), 1,
                        claim.total()));
    }

    /**
     * Takes a reversed settlement out of what later claims are compared with; its packs stay in the ledger, marked
     * reversed, and its drug identifiers keep the drug they were billed as.
     *
     * @return whether there was anything to take back (a settlement not seen, or already reversed, has nothing)
     */
    public Uni<Boolean> takeBack(String settlementId) {
        return claims.findById(settlementId).chain(claim -> {
            if (claim == null || claim.reversed) {
                return Uni.createFrom().item(false);
            }
            claim.reversed = true;
            return traceUses.markReversed(settlementId)
                    .chain(() -> addCost(claim.principalDiagnosis, claim.institutionLevel, claim.institutionId, -1,
                            claim.total.negate()))
                    .replaceWith(true);
        });
    }

    private Uni<Void> addCost(String principalDiagnosis, int level, String institutionId, long claimCount, BigDecimal total) {
        return principalDiagnosis == null ? Uni.createFrom().voidItem()
                : costs.add(Stays.diagnosisCategory(principalDiagnosis), level, institutionId, claimCount, total);
    }

    private static BilledClaim toRow(ClaimFacts claim, OffsetDateTime settledAt) {
        BilledClaim row = new BilledClaim();
        row.settlementId = claim.claimId();
        row.requestId = claim.requestId();
        row.insuredId = claim.insuredId();
        row.idNumber = claim.idNumber();
        row.sex = claim.patient().sex() == null ? null : claim.patient().sex().name();
        row.birthDate = claim.patient().birthDate();
        row.institutionId = claim.institutionId();
        row.institutionLevel = claim.institutionLevel();
        row.regionCode = claim.regionCode();
        row.visitType = claim.visitType().name();
        row.admissionDate = claim.admissionDate();
        row.dischargeDate = claim.dischargeDate();
        row.serviceDate = claim.serviceDate();
        row.principalDiagnosis = claim.principalDiagnosis();
        row.total = claim.total();
        row.lines = new BilledLine.Lines(claim.items().stream()
                .map(i -> new BilledLine(i.code(), i.category().name(), i.quantity(), i.unitPrice(), i.amount()))
                .toList());
        row.settledAt = settledAt;
        return row;
    }

    private static Set<String> traceCodesOf(ClaimFacts claim) {
        Set<String> codes = new LinkedHashSet<>();
        claim.tracedPacks().forEach(pack -> codes.add(pack.traceCode()));
        return codes;
    }

    private static Set<String> productsOf(Set<String> codes) {
        Set<String> found = new LinkedHashSet<>();
        for (String code : codes) {
            String product = TraceCodes.product(code);
            if (product != null) {
                found.add(product);
            }
        }
        return found;
    }

    private static PriorClaim toPrior(BilledClaim claim) {
        return new PriorClaim(claim.settlementId, claim.requestId, claim.insuredId, claim.idNumber, claim.institutionId,
                claim.regionCode, VisitType.valueOf(claim.visitType), claim.admissionDate, claim.dischargeDate,
                claim.principalDiagnosis,
                claim.lines.items().stream().map(line -> new PriorClaim.PriorItem(line.code(), line.quantity())).toList());
    }
}
