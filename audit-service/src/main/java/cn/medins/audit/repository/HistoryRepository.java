package cn.medins.audit.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.InMemoryHistory;
import cn.medins.audit.domain.InMemoryHistory.CostTotal;
import cn.medins.audit.domain.PriorClaim;
import cn.medins.audit.domain.Stays;
import cn.medins.audit.domain.TraceCodes;
import cn.medins.audit.domain.TraceUse;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.reactive.InTurn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The audit's memory of settled claims: the claims, the traceability ledger (codes and drug identifiers) and the cost
 * per diagnosis. Claims are read and recorded many at a time — the settled claims of a whole poll — so that the number
 * of statements does not grow with the claims, and evaluating the rules touches no database.
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

    /** A settled claim as the history keeps it. */
    public record Settled(ClaimFacts claim, BigDecimal fundsPaid, OffsetDateTime settledAt) {
    }

    /** Which of the settlements were recorded before (the same claim published again). */
    public Uni<Set<String>> recordedAmong(Collection<String> settlementIds) {
        return claims.presentAmong(settlementIds);
    }

    /** See {@link TraceUseRepository#lockForScreening}: taken before the history of claims that will be recorded is read. */
    public Uni<Void> lockTraceCodes(List<ClaimFacts> screened) {
        return traceUses.lockForScreening(traceCodesOf(screened));
    }

    /**
     * Everything the rules may ask about any of the claims, in four reads however many claims there are: the persons'
     * claims from the earliest lookback to the latest service date, the billings of the codes and of their drug
     * identifiers, the costs of the diagnoses.
     */
    public Uni<InMemoryHistory> historyFor(List<ClaimFacts> screened, int lookbackDays) {
        InMemoryHistory history = new InMemoryHistory();
        Set<String> codes = traceCodesOf(screened);
        Set<String> insuredIds = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        Set<String> categories = new HashSet<>();
        Set<Integer> levels = new HashSet<>();
        for (ClaimFacts claim : screened) {
            addIfPresent(insuredIds, claim.insuredId());
            addIfPresent(idNumbers, claim.idNumber());
            if (claim.principalDiagnosis() != null) {
                categories.add(Stays.diagnosisCategory(claim.principalDiagnosis()));
                levels.add(claim.institutionLevel());
            }
        }
        LocalDate from = screened.stream().map(ClaimFacts::admissionDate).min(Comparator.naturalOrder()).orElseThrow()
                .minusDays(lookbackDays);
        LocalDate to = screened.stream().map(ClaimFacts::serviceDate).max(Comparator.naturalOrder()).orElseThrow();
        return claims.ofPersons(insuredIds, idNumbers, from, to)
                .invoke(found -> found.forEach(c -> history.addClaim(toPrior(c))))
                .chain(() -> traceUses.usesOf(codes))
                .invoke(found -> found.forEach(u -> history.addTraceUse(new TraceUse(u.traceCode, u.settlementId,
                        u.institutionId, u.itemCode, u.serviceDate, u.reversed))))
                .chain(() -> products.firstUsesOf(productsOf(codes)))
                .invoke(found -> found.forEach(p -> history.addProductUse(p.product, new TraceUse(p.traceCode,
                        p.settlementId, p.institutionId, p.itemCode, p.serviceDate, false))))
                .chain(() -> costs.ofCategories(categories, levels))
                .invoke(found -> found.forEach(c -> history.addCost(c.diagnosisCategory, c.institutionLevel,
                        c.institutionId, new CostTotal(c.claimCount, c.total))))
                .replaceWith(history);
    }

    /**
     * Adds settled claims to the history, in their order: the claims, their packs in the ledger, the first billing of
     * each drug identifier, their costs. Costs are added per diagnosis and institution in a fixed order, so two
     * instances adding to the same rows wait for each other instead of deadlocking.
     */
    public Uni<Void> record(List<Settled> settled) {
        List<TraceUseEntry> uses = settled.stream().flatMap(s -> usesOf(s).stream()).toList();
        Map<String, TraceUseEntry> firstUseByProduct = new LinkedHashMap<>();
        for (TraceUseEntry use : uses) {
            String product = TraceCodes.product(use.traceCode);
            if (product != null) {
                firstUseByProduct.putIfAbsent(product, use);
            }
        }
        Map<CostKey, CostTotal> addedCosts = new TreeMap<>(CostKey.ORDER);
        for (Settled s : settled) {
            ClaimFacts claim = s.claim();
            if (claim.principalDiagnosis() != null) {
                addedCosts.merge(new CostKey(Stays.diagnosisCategory(claim.principalDiagnosis()), claim.institutionLevel(),
                        claim.institutionId()), new CostTotal(1, claim.total()), CostTotal::plus);
            }
        }
        return claims.persist(settled.stream().map(s -> toRow(s.claim(), s.fundsPaid(), s.settledAt())))
                .chain(() -> traceUses.insertAll(uses))
                .chain(() -> products.recordFirstUses(firstUseByProduct))
                .chain(() -> InTurn.each(List.copyOf(addedCosts.entrySet()), cost -> costs.add(cost.getKey().category(),
                        cost.getKey().level(), cost.getKey().institutionId(), cost.getValue().claims(), cost.getValue().total())));
    }

    private record CostKey(String category, int level, String institutionId) {
        static final Comparator<CostKey> ORDER = Comparator.comparing(CostKey::category).thenComparingInt(CostKey::level)
                .thenComparing(CostKey::institutionId);
    }

    private static List<TraceUseEntry> usesOf(Settled settled) {
        ClaimFacts claim = settled.claim();
        return claim.tracedPacks().stream().map(pack -> {
            TraceUseEntry use = new TraceUseEntry();
            use.traceCode = pack.traceCode();
            use.settlementId = claim.claimId();
            use.institutionId = claim.institutionId();
            use.itemCode = pack.item().code();
            use.serviceDate = claim.serviceDate();
            use.billedAt = settled.settledAt();
            return use;
        }).toList();
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

    private static BilledClaim toRow(ClaimFacts claim, BigDecimal fundsPaid, OffsetDateTime settledAt) {
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
        row.fundsPaid = fundsPaid;
        row.lines = new BilledLine.Lines(claim.items().stream()
                .map(i -> new BilledLine(i.code(), i.category().name(), i.quantity(), i.unitPrice(), i.amount(), i.inScope()))
                .toList());
        row.settledAt = settledAt;
        return row;
    }

    private static Set<String> traceCodesOf(List<ClaimFacts> claims) {
        Set<String> codes = new LinkedHashSet<>();
        claims.forEach(claim -> claim.tracedPacks().forEach(pack -> codes.add(pack.traceCode())));
        return codes;
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
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
