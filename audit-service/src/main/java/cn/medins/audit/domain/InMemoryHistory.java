package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link History} held in maps. The service fills one per claim from the database; tests and the benchmark fill it
 * claim by claim with {@link #record(ClaimFacts)}.
 */
public final class InMemoryHistory implements History {

    private final Map<String, List<TraceUse>> traceUses = new HashMap<>();
    private final Map<String, TraceUse> productUses = new HashMap<>();
    private final Map<String, List<PriorClaim>> claimsByPerson = new HashMap<>();
    private final Map<CostKey, Map<String, CostTotal>> costs = new HashMap<>();

    private record CostKey(String diagnosisCategory, int institutionLevel) {
    }

    /** Claims and total amount of one institution for one cost key. */
    public record CostTotal(long claims, BigDecimal total) {

        public CostTotal plus(CostTotal other) {
            return new CostTotal(claims + other.claims, total.add(other.total));
        }
    }

    /** Adds a settled claim with all it leaves behind: the claim, its traceability codes and its cost. */
    public InMemoryHistory record(ClaimFacts claim) {
        addClaim(PriorClaim.of(claim));
        for (ClaimFacts.TracedPack pack : claim.tracedPacks()) {
            addTraceUse(new TraceUse(pack.traceCode(), claim.claimId(), claim.institutionId(), pack.item().code(),
                    claim.serviceDate(), false));
        }
        if (claim.principalDiagnosis() != null) {
            addCost(Stays.diagnosisCategory(claim.principalDiagnosis()), claim.institutionLevel(), claim.institutionId(),
                    new CostTotal(1, claim.total()));
        }
        return this;
    }

    public InMemoryHistory addClaim(PriorClaim claim) {
        if (claim.insuredId() != null) {
            claimsByPerson.computeIfAbsent("I:" + claim.insuredId(), k -> new ArrayList<>()).add(claim);
        }
        if (claim.idNumber() != null) {
            claimsByPerson.computeIfAbsent("N:" + claim.idNumber(), k -> new ArrayList<>()).add(claim);
        }
        return this;
    }

    /** Adds a billing of the code; the first billing of its drug identifier also becomes the product's. */
    public InMemoryHistory addTraceUse(TraceUse use) {
        traceUses.computeIfAbsent(use.traceCode(), k -> new ArrayList<>()).add(use);
        String product = TraceCodes.product(use.traceCode());
        if (product != null) {
            productUses.putIfAbsent(product, use);
        }
        return this;
    }

    /** Adds the first billing of a drug identifier, as the database keeps it. */
    public InMemoryHistory addProductUse(String product, TraceUse first) {
        productUses.putIfAbsent(product, first);
        return this;
    }

    public InMemoryHistory addCost(String diagnosisCategory, int institutionLevel, String institutionId, CostTotal cost) {
        costs.computeIfAbsent(new CostKey(diagnosisCategory, institutionLevel), k -> new HashMap<>())
                .merge(institutionId, cost, CostTotal::plus);
        return this;
    }

    @Override
    public List<TraceUse> usesOf(String traceCode) {
        return traceUses.getOrDefault(traceCode, List.of());
    }

    @Override
    public TraceUse firstUseOfProduct(String product) {
        return productUses.get(product);
    }

    @Override
    public List<PriorClaim> claimsOfPerson(String insuredId, String idNumber, LocalDate from, LocalDate to) {
        Map<Object, PriorClaim> found = new LinkedHashMap<>();
        collect(found, insuredId == null ? null : claimsByPerson.get("I:" + insuredId), from, to);
        collect(found, idNumber == null ? null : claimsByPerson.get("N:" + idNumber), from, to);
        return List.copyOf(found.values());
    }

    private static void collect(Map<Object, PriorClaim> found, List<PriorClaim> claims, LocalDate from, LocalDate to) {
        if (claims == null) {
            return;
        }
        for (PriorClaim claim : claims) {
            if (Stays.shareADay(claim.admissionDate(), claim.serviceDate(), from, to)) {
                found.putIfAbsent(claim.claimId() != null ? claim.claimId() : claim, claim);
            }
        }
    }

    @Override
    public DiagnosisCosts costsOf(String diagnosisCategory, int institutionLevel, String institutionId) {
        Map<String, CostTotal> byInstitution = costs.get(new CostKey(diagnosisCategory, institutionLevel));
        if (byInstitution == null) {
            return DiagnosisCosts.NONE;
        }
        CostTotal own = new CostTotal(0, BigDecimal.ZERO);
        CostTotal peers = new CostTotal(0, BigDecimal.ZERO);
        long peerInstitutions = 0;
        for (Map.Entry<String, CostTotal> entry : byInstitution.entrySet()) {
            if (entry.getKey().equals(institutionId)) {
                own = own.plus(entry.getValue());
            } else if (entry.getValue().claims() > 0) {
                peers = peers.plus(entry.getValue());
                peerInstitutions++;
            }
        }
        return new DiagnosisCosts(own.claims(), own.total(), peerInstitutions, peers.claims(), peers.total());
    }
}
