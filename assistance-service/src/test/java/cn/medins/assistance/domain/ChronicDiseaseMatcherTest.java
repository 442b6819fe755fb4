package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;

class ChronicDiseaseMatcherTest {

    @Test
    void theSameDiagnosisInTwoLevelTwoClaimsWithinTwelveMonthsIsRecognisedFromTheSecond() {
        ClaimFacts first = Claims.claim("S1").outpatient(LocalDate.of(2025, 9, 1), 2, new Diagnosis("I10", true)).facts();
        ClaimFacts second = Claims.claim("S2").outpatient(LocalDate.of(2026, 3, 1), 3, new Diagnosis("I11.9", true)).facts();

        assertThat(ChronicDiseaseMatcher.match(second, List.of(first), Set.of())).singleElement().satisfies(decision -> {
            assertThat(decision.details()).containsEntry("disease", "HYPERTENSION").containsEntry("validFrom", "2026-03-01");
            assertThat(decision.matchedFacts()).extracting(f -> f.eventId()).contains("ev-S1", "ev-S2");
        });
    }

    @Test
    void oneInpatientStayWithItAsPrincipalDiagnosisIsRecognised() {
        ClaimFacts stay = Claims.claim("S1").stay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9), new Diagnosis("E11.9", true)).facts();
        assertThat(ChronicDiseaseMatcher.match(stay, List.of(), Set.of()))
                .extracting(d -> d.details().get("disease")).containsExactly("DIABETES");
    }

    @Test
    void aSecondClaimMoreThanTwelveMonthsLaterOrAtLevelOneIsNotEnough() {
        ClaimFacts old = Claims.claim("S1").outpatient(LocalDate.of(2025, 2, 1), 2, new Diagnosis("I25.1", true)).facts();
        ClaimFacts levelOne = Claims.claim("S2").outpatient(LocalDate.of(2026, 2, 10), 1, new Diagnosis("I25.1", true)).facts();
        ClaimFacts now = Claims.claim("S3").outpatient(LocalDate.of(2026, 3, 1), 2, new Diagnosis("I25.1", true)).facts();

        assertThat(ChronicDiseaseMatcher.match(now, List.of(old, levelOne), Set.of())).isEmpty();
    }

    @Test
    void aSecondaryInpatientDiagnosisAloneOrAnExistingQualificationDecidesNothing() {
        ClaimFacts stay = Claims.claim("S1").stay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9),
                new Diagnosis("K35", true), new Diagnosis("N18.3", false)).facts();
        assertThat(ChronicDiseaseMatcher.match(stay, List.of(), Set.of())).isEmpty();
        ClaimFacts stroke = Claims.claim("S2").stay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9), new Diagnosis("I69.3", true)).facts();
        assertThat(ChronicDiseaseMatcher.match(stroke, List.of(), Set.of(ChronicDisease.STROKE_SEQUELAE))).isEmpty();
    }

    @Test
    void onlyAClaimWithAQualifyingDiagnosisCallsForThePersonsHistory() {
        Claims common = Claims.claim("S1").outpatient(LocalDate.of(2026, 3, 1), 3, new Diagnosis("J06.9", true));
        assertThat(ChronicDiseaseMatcher.mayRecognise(common.facts())).isFalse();

        Claims secondaryKidneyDisease = Claims.claim("S2").outpatient(LocalDate.of(2026, 3, 1), 3,
                new Diagnosis("J06.9", true), new Diagnosis("N18.3", false));
        assertThat(ChronicDiseaseMatcher.mayRecognise(secondaryKidneyDisease.facts())).isTrue();

        secondaryKidneyDisease.reversed = true;
        assertThat(ChronicDiseaseMatcher.mayRecognise(secondaryKidneyDisease.facts())).isFalse();
    }
}
