package cn.medins.audit.domain.rules;

import static cn.medins.audit.domain.ClaimBuilder.claim;
import static cn.medins.audit.domain.RuleTesting.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.medins.audit.domain.PatientFacts;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;

class PatientMismatchRuleTest {

    private static final LocalDate ADULT = LocalDate.of(1985, 6, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void aDeliveryForAManIsInconsistent() {
        var findings = evaluate("SEX_AGE_MISMATCH", claim().patient(Sex.M, ADULT).stay(DAY, DAY.plusDays(3))
                .visitType(VisitType.MATERNITY).diagnosis("O80.0").build());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("sex", "M");
            assertThat(f.itemCode()).isNull();
            assertThat(f.message()).contains("delivery (O80-O84)").contains("maternity visit");
            assertThat(f.amount()).isEqualByComparingTo("20.00");
        });
    }

    @Test
    void aDeliveryForAWomanIsConsistent() {
        assertThat(evaluate("SEX_AGE_MISMATCH", claim().patient(Sex.F, ADULT).stay(DAY, DAY.plusDays(3))
                .visitType(VisitType.MATERNITY).diagnosis("O80.0").build())).isEmpty();
    }

    @Test
    void prostateHyperplasiaForAWomanIsInconsistentButNotForAMan() {
        assertThat(evaluate("SEX_AGE_MISMATCH", claim().patient(Sex.F, ADULT).diagnosis("N40").build())).hasSize(1);
        assertThat(evaluate("SEX_AGE_MISMATCH", claim().patient(Sex.M, ADULT).diagnosis("N40").build())).isEmpty();
    }

    @Test
    void aPaediatricFormulationForAnAdultIsInconsistentButNotForAChild() {
        var adult = evaluate("SEX_AGE_MISMATCH", claim().patient(Sex.F, ADULT).drug("XN02BE01P", "1", "12.00").build());
        var child = evaluate("SEX_AGE_MISMATCH", claim().patient(Sex.F, LocalDate.of(2020, 1, 1))
                .drug("XN02BE01P", "1", "12.00").build());

        assertThat(adult).singleElement().satisfies(f -> {
            assertThat(f.itemCode()).isEqualTo("XN02BE01P");
            assertThat(f.amount()).isEqualByComparingTo("12.00");
        });
        assertThat(child).isEmpty();
    }

    @Test
    void aPerinatalConditionAfterTheSecondYearIsInconsistent() {
        assertThat(evaluate("SEX_AGE_MISMATCH", claim().patient(Sex.M, ADULT).diagnosis("P07.3").build())).hasSize(1);
        assertThat(evaluate("SEX_AGE_MISMATCH", claim().patient(Sex.M, DAY.minusMonths(3)).diagnosis("P07.3").build())).isEmpty();
    }

    @Test
    void aPatientOfUnknownSexAndAgeIsNotJudged() {
        assertThat(evaluate("SEX_AGE_MISMATCH", claim().patient(null, null).diagnosis("N40").build())).isEmpty();
    }

    @Test
    void theIdNumberTellsSexAndBirthDate() {
        assertThat(PatientFacts.fromIdNumber("371602199001011221")).isEqualTo(new PatientFacts(Sex.F, LocalDate.of(1990, 1, 1)));
        assertThat(PatientFacts.fromIdNumber("371602198805052315")).isEqualTo(new PatientFacts(Sex.M, LocalDate.of(1988, 5, 5)));
        assertThat(PatientFacts.fromIdNumber("371602199013011221")).isEqualTo(PatientFacts.UNKNOWN);
        assertThat(PatientFacts.fromIdNumber(null)).isEqualTo(PatientFacts.UNKNOWN);
    }
}
