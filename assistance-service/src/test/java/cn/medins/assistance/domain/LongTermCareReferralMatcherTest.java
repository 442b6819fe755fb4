package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;

class LongTermCareReferralMatcherTest {

    @Test
    void aStrokeDischargeAtSixtyIsReferred() {
        Claims claim = Claims.claim("S1").stay(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 5), new Diagnosis("I63.9", true));
        claim.birthDate = LocalDate.of(1966, 5, 5);
        assertThat(LongTermCareReferralMatcher.match(claim.facts())).hasValueSatisfying(decision ->
                assertThat(decision.details()).containsEntry("ageAtDischarge", "60").containsEntry("diagnosis", "I63.9"));
    }

    @Test
    void dementiaAndHipFractureQualify() {
        assertThat(LongTermCareReferralMatcher.match(Claims.claim("S1").stay(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 9),
                new Diagnosis("F03", true)).facts())).isPresent();
        assertThat(LongTermCareReferralMatcher.match(Claims.claim("S2").stay(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 9),
                new Diagnosis("S72.0", true)).facts())).isPresent();
    }

    @Test
    void aDischargeTheDayBeforeTheSixtiethBirthdayIsNotReferred() {
        Claims claim = Claims.claim("S1").stay(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 4), new Diagnosis("I61.0", true));
        claim.birthDate = LocalDate.of(1966, 5, 5);
        assertThat(LongTermCareReferralMatcher.match(claim.facts())).isEmpty();
    }

    @Test
    void aQualifyingSecondaryDiagnosisOrAnOutpatientVisitIsNotReferred() {
        assertThat(LongTermCareReferralMatcher.match(Claims.claim("S1").stay(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 9),
                new Diagnosis("K35", true), new Diagnosis("I63.9", false)).facts())).isEmpty();
        assertThat(LongTermCareReferralMatcher.match(Claims.claim("S2").outpatient(LocalDate.of(2026, 4, 1), 3,
                new Diagnosis("I63.9", true)).facts())).isEmpty();
    }
}
