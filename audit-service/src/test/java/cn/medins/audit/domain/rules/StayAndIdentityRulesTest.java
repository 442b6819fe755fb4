package cn.medins.audit.domain.rules;

import static cn.medins.audit.domain.ClaimBuilder.claim;
import static cn.medins.audit.domain.RuleTesting.after;
import static cn.medins.audit.domain.RuleTesting.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.RuleTesting;
import cn.medins.contracts.coverage.ItemCategory;

class StayAndIdentityRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void onePersonTreatedInTwoCitiesTheSameDayIsIdentityMisuse() {
        ClaimFacts binzhou = claim().id("S1").at("H1", "371602").on(DAY).build();
        ClaimFacts jinan = claim().id("S2").at("H9", "370102").on(DAY).build();

        assertThat(evaluate("IDENTITY_TWO_CITIES", jinan, after(binzhou))).singleElement().satisfies(f -> {
            assertThat(f.relatedClaimId()).isEqualTo("S1");
            assertThat(f.evidence()).containsEntry("otherCity", "3716").containsEntry("city", "3701");
        });
    }

    @Test
    void twoCountiesOfOneCityOrTwoCitiesOnDifferentDaysAreNoMisuse() {
        ClaimFacts binzhou = claim().id("S1").at("H1", "371602").on(DAY).build();

        assertThat(evaluate("IDENTITY_TWO_CITIES", claim().id("S2").at("H2", "371621").on(DAY).build(), after(binzhou))).isEmpty();
        assertThat(evaluate("IDENTITY_TWO_CITIES", claim().id("S3").at("H9", "370102").on(DAY.plusDays(1)).build(),
                after(binzhou))).isEmpty();
    }

    @Test
    void anOutpatientVisitElsewhereDuringAStayIsIdentityMisuse() {
        ClaimFacts stay = claim().id("S1").at("H1", "371602").stay(DAY, DAY.plusDays(5)).build();

        assertThat(evaluate("IDENTITY_TWO_CITIES", claim().id("S2").at("H9", "370102").on(DAY.plusDays(2)).build(), after(stay)))
                .hasSize(1);
    }

    @Test
    void overlappingStaysAreFlagged() {
        ClaimFacts first = claim().id("S1").at("H1").stay(DAY, DAY.plusDays(6)).build();
        ClaimFacts second = claim().id("S2").at("H2").stay(DAY.plusDays(3), DAY.plusDays(8)).build();

        assertThat(evaluate("OVERLAPPING_STAYS", second, after(first))).singleElement()
                .satisfies(f -> assertThat(f.relatedClaimId()).isEqualTo("S1"));
    }

    /** Issue 25: the counter learns that something is wrong, not where, when or why the patient was treated elsewhere. */
    @Test
    void atTheCounterTheFindingsNameNoOtherInstitutionDateOrSettlement() {
        ClaimFacts first = claim().id("S1").at("H1", "371602").stay(DAY, DAY.plusDays(6)).build();
        ClaimFacts secondStay = claim().id("S2").at("H9", "370102").stay(DAY.plusDays(3), DAY.plusDays(8)).build();
        ClaimFacts visitElsewhere = claim().id("S3").at("H9", "370102").on(DAY.plusDays(2)).build();

        for (String ruleId : new String[] {"OVERLAPPING_STAYS", "IDENTITY_TWO_CITIES"}) {
            ClaimFacts second = ruleId.equals("OVERLAPPING_STAYS") ? secondStay : visitElsewhere;
            Finding full = evaluate(ruleId, second, after(first)).get(0);
            Finding counter = full.atTheCounter(RuleTesting.rule(ruleId).atTheCounter(full));
            assertThat(full.evidence()).containsEntry("otherInstitutionId", "H1");
            assertThat(counter.message()).doesNotContain("H1").doesNotContain(DAY.toString()).doesNotContain("S1");
            assertThat(counter.relatedClaimId()).isNull();
            assertThat(counter.evidence().keySet()).noneMatch(key -> key.startsWith("other") || key.startsWith("first"));
        }
    }

    @Test
    void aTransferDischargedAndAdmittedTheSameDayDoesNotOverlap() {
        ClaimFacts first = claim().id("S1").at("H1").stay(DAY, DAY.plusDays(6)).build();
        ClaimFacts transfer = claim().id("S2").at("H2").stay(DAY.plusDays(6), DAY.plusDays(9)).build();

        assertThat(evaluate("OVERLAPPING_STAYS", transfer, after(first))).isEmpty();
    }

    @Test
    void aReadmissionForTheSameDiagnosisWithinFifteenDaysIsASplitAdmission() {
        ClaimFacts first = claim().id("S1").stay(DAY, DAY.plusDays(7)).diagnosis("I63.9").build();
        ClaimFacts again = claim().id("S2").stay(DAY.plusDays(22), DAY.plusDays(30)).diagnosis("I63.8").build();

        assertThat(RuleTesting.rule("SPLIT_ADMISSION").lookbackDays()).isEqualTo(15);
        assertThat(evaluate("SPLIT_ADMISSION", again, after(first))).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("daysSinceDischarge", 15L).containsEntry("diagnosisCategory", "I63");
            assertThat(f.relatedClaimId()).isEqualTo("S1");
        });
    }

    @Test
    void aReadmissionAfterSixteenDaysOrForAnotherDiagnosisOrElsewhereIsNoSplit() {
        ClaimFacts first = claim().id("S1").stay(DAY, DAY.plusDays(7)).diagnosis("I63.9").build();

        assertThat(evaluate("SPLIT_ADMISSION", claim().id("S2").stay(DAY.plusDays(23), DAY.plusDays(30)).diagnosis("I63.9").build(),
                after(first))).isEmpty();
        assertThat(evaluate("SPLIT_ADMISSION", claim().id("S3").stay(DAY.plusDays(10), DAY.plusDays(12)).diagnosis("K35.8").build(),
                after(first))).isEmpty();
        assertThat(evaluate("SPLIT_ADMISSION", claim().id("S4").at("H2").stay(DAY.plusDays(10), DAY.plusDays(12))
                .diagnosis("I63.9").build(), after(first))).isEmpty();
    }

    @Test
    void aStayWithOnlyBedNursingAndBoardIsHospitalisationWithoutTreatment() {
        ClaimFacts idle = claim().stay(DAY, DAY.plusDays(10))
                .item("BED01", ItemCategory.SERVICE, "10", "60").item("NURSE1", ItemCategory.SERVICE, "10", "30").build();

        assertThat(evaluate("NO_TREATMENT_STAY", idle)).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("900.00"));
    }

    @Test
    void aStayWithOneDrugOrAnOutpatientVisitIsNotWithoutTreatment() {
        ClaimFacts treated = claim().stay(DAY, DAY.plusDays(10))
                .item("BED01", ItemCategory.SERVICE, "10", "60").drug("XB01AC06", "10", "1.5").build();
        ClaimFacts visit = claim().on(DAY).item("REG01", ItemCategory.SERVICE, "1", "10").build();

        assertThat(evaluate("NO_TREATMENT_STAY", treated)).isEmpty();
        assertThat(evaluate("NO_TREATMENT_STAY", visit)).isEmpty();
    }
}
