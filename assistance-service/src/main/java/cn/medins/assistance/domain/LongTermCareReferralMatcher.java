package cn.medins.assistance.domain;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;

/**
 * Long-term-care referral (POLICY.md, assumed): an inpatient discharged at 60 or older with stroke (I61, I63), hip
 * fracture (S72) or dementia (F00–F03, G30) as principal diagnosis is referred for a care-needs assessment.
 */
public final class LongTermCareReferralMatcher {

    private static final List<IcdRange> QUALIFYING = List.of(IcdRange.of("I61"), IcdRange.of("I63"), IcdRange.of("S72"),
            IcdRange.of("F00", "F03"), IcdRange.of("G30"));
    private static final int MIN_AGE = 60;

    private LongTermCareReferralMatcher() {
    }

    public static Optional<Decision> match(ClaimFacts claim) {
        if (claim.reversed() || claim.visitType() != VisitType.INPATIENT || claim.dischargeDate() == null
                || claim.birthDate() == null) {
            return Optional.empty();
        }
        int age = Period.between(claim.birthDate(), claim.dischargeDate()).getYears();
        Optional<Diagnosis> principal = claim.principalDiagnosis();
        if (age < MIN_AGE || principal.isEmpty() || QUALIFYING.stream().noneMatch(range -> range.contains(principal.get().code()))) {
            return Optional.empty();
        }
        Facts facts = new Facts().ofClaim(claim)
                .add(claim.eventId(), "visitType", claim.visitType())
                .add(claim.eventId(), "dischargeDate", claim.dischargeDate())
                .add(claim.eventId(), "patient.birthDate", claim.birthDate())
                .add(claim.eventId(), "diagnoses[" + claim.diagnoses().indexOf(principal.get()) + "].code", principal.get().code());
        return Optional.of(new Decision(BenefitKind.LONG_TERM_CARE_REFERRAL, claim.settlementId(), null,
                Map.of("diagnosis", principal.get().code(), "dischargeDate", claim.dischargeDate().toString(),
                        "ageAtDischarge", Integer.toString(age)),
                facts.list()));
    }
}
