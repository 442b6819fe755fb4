package cn.medins.assistance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;

/**
 * Chronic-disease recognition (POLICY.md, assumed): the same qualifying diagnosis in two settled claims within twelve
 * months, both at an institution of level 2 or above, or one inpatient stay with it as principal diagnosis. The
 * qualification runs from the service date of the claim that completed the match.
 */
public final class ChronicDiseaseMatcher {

    private static final Map<ChronicDisease, IcdRange> RANGES = new EnumMap<>(Map.of(
            ChronicDisease.HYPERTENSION, IcdRange.of("I10", "I15"),
            ChronicDisease.DIABETES, IcdRange.of("E10", "E14"),
            ChronicDisease.CORONARY_HEART_DISEASE, IcdRange.of("I20", "I25"),
            ChronicDisease.STROKE_SEQUELAE, IcdRange.of("I69"),
            ChronicDisease.CHRONIC_KIDNEY_DISEASE, IcdRange.of("N18")));
    private static final int MIN_LEVEL = 2;

    private ChronicDiseaseMatcher() {
    }

    /**
     * Whether the claim could complete a recognition at all: only a diagnosis in a qualifying range can, so for any
     * other claim the person's history need not be read.
     */
    public static boolean mayRecognise(ClaimFacts claim) {
        return !claim.reversed() && claim.diagnoses().stream()
                .anyMatch(diagnosis -> RANGES.values().stream().anyMatch(range -> range.contains(diagnosis.code())));
    }

    /**
     * @param history the person's other settled claims (any order; the claim itself is ignored if present)
     * @param qualified diseases the person is already qualified for, which are not decided again
     */
    public static List<Decision> match(ClaimFacts claim, List<ClaimFacts> history, Set<ChronicDisease> qualified) {
        List<Decision> decisions = new ArrayList<>();
        if (claim.reversed()) {
            return decisions;
        }
        for (Map.Entry<ChronicDisease, IcdRange> disease : RANGES.entrySet()) {
            if (qualified.contains(disease.getKey())) {
                continue;
            }
            matchOne(claim, history, disease.getKey(), disease.getValue()).ifPresent(decisions::add);
        }
        return decisions;
    }

    private static Optional<Decision> matchOne(ClaimFacts claim, List<ClaimFacts> history, ChronicDisease disease, IcdRange range) {
        Optional<Diagnosis> diagnosis = claim.diagnoses().stream().filter(d -> range.contains(d.code())).findFirst();
        if (diagnosis.isEmpty()) {
            return Optional.empty();
        }
        Facts facts = new Facts().ofClaim(claim).add(claim.eventId(), diagnosisField(claim, diagnosis.get()), diagnosis.get().code());
        if (claim.visitType() == VisitType.INPATIENT && diagnosis.get().principal()) {
            facts.add(claim.eventId(), "visitType", claim.visitType());
            return Optional.of(decision(claim, disease, facts));
        }
        if (claim.institutionLevel() < MIN_LEVEL) {
            return Optional.empty();
        }
        return history.stream()
                .filter(other -> !other.settlementId().equals(claim.settlementId()) && !other.reversed())
                .filter(other -> other.institutionLevel() >= MIN_LEVEL && withinTwelveMonths(claim.serviceDate(), other.serviceDate()))
                .filter(other -> other.diagnoses().stream().anyMatch(d -> range.contains(d.code())))
                .findFirst()
                .map(other -> {
                    Diagnosis earlier = other.diagnoses().stream().filter(d -> range.contains(d.code())).findFirst().orElseThrow();
                    facts.add(claim.eventId(), "institutionLevel", claim.institutionLevel())
                            .ofClaim(other)
                            .add(other.eventId(), diagnosisField(other, earlier), earlier.code())
                            .add(other.eventId(), "institutionLevel", other.institutionLevel());
                    return decision(claim, disease, facts);
                });
    }

    private static Decision decision(ClaimFacts claim, ChronicDisease disease, Facts facts) {
        String person = claim.idNumber() != null ? claim.idNumber() : claim.insuredId();
        return new Decision(BenefitKind.CHRONIC_DISEASE_RECOGNITION, person + "|" + disease, null,
                Map.of("disease", disease.name(), "validFrom", claim.serviceDate().toString()), facts.list());
    }

    private static boolean withinTwelveMonths(LocalDate a, LocalDate b) {
        return !b.isBefore(a.minusMonths(12)) && !b.isAfter(a.plusMonths(12));
    }

    private static String diagnosisField(ClaimFacts claim, Diagnosis diagnosis) {
        return "diagnoses[" + claim.diagnoses().indexOf(diagnosis) + "].code";
    }
}
