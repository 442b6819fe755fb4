package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;

class MaternityAllowanceMatcherTest {

    private static final AssistancePolicy POLICY = Claims.policy();
    private final MaternityAllowanceMatcher.Wage wage = new MaternityAllowanceMatcher.Wage("ev-hr", new BigDecimal("6500.00"));

    @Test
    void aSingleVaginalDeliveryOfAnEmployeeIsPaidNinetyEightDaysOfWage() {
        Decision decision = MaternityAllowanceMatcher.match(delivery(MaternityCaseType.SINGLE_VAGINAL, 1), wage, POLICY).orElseThrow();
        assertThat(decision.amount()).isEqualByComparingTo("21233.33");
        assertThat(decision.details()).containsEntry("leaveDays", "98");
        assertThat(decision.matchedFacts()).extracting(f -> f.eventId()).contains("ev-hr", "ev-S1");
    }

    @Test
    void twinsByCesareanAddFifteenDaysEach() {
        Decision decision = MaternityAllowanceMatcher.match(delivery(MaternityCaseType.MULTIPLE_CESAREAN, 2), wage, POLICY).orElseThrow();
        assertThat(decision.details()).containsEntry("leaveDays", "128");
        assertThat(decision.amount()).isEqualByComparingTo("27733.33");
    }

    @Test
    void theLeaveIsThatOfThePolicyVersionTheClaimWasRatedUnder() {
        AssistancePolicy longerLeave = new AssistancePolicy("371600-2026.2", POLICY.residentIndividualPremium(),
                POLICY.subsidyRatios(), POLICY.reAssistanceThreshold(), 158, 15, 15);
        Decision decision = MaternityAllowanceMatcher.match(delivery(MaternityCaseType.SINGLE_VAGINAL, 1), wage, longerLeave).orElseThrow();
        assertThat(decision.details()).containsEntry("leaveDays", "158").containsEntry("policyVersion", "371600-2026.2");
        assertThat(decision.amount()).isEqualByComparingTo("34233.33");
    }

    @Test
    void anUnknownWageDecidesWithoutAmount() {
        assertThat(MaternityAllowanceMatcher.match(delivery(MaternityCaseType.SINGLE_CESAREAN, 1), null, POLICY).orElseThrow().amount()).isNull();
    }

    @Test
    void aResidentDeliveryIsNoEmployeeAllowance() {
        Claims resident = Claims.claim("S1");
        resident.visitType = VisitType.MATERNITY;
        resident.maternityCase = MaternityCaseType.SINGLE_VAGINAL;
        resident.babies = 1;
        assertThat(MaternityAllowanceMatcher.match(resident.facts(), wage, POLICY)).isEmpty();
    }

    @Test
    void onlyAnEmployeesUnreversedDeliveryCallsForTheEmployersWage() {
        assertThat(MaternityAllowanceMatcher.mayAllow(delivery(MaternityCaseType.SINGLE_VAGINAL, 1))).isTrue();
        assertThat(MaternityAllowanceMatcher.mayAllow(Claims.claim("S2").facts())).isFalse();

        Claims reversed = Claims.claim("S3");
        reversed.scheme = Scheme.EMPLOYEE;
        reversed.visitType = VisitType.MATERNITY;
        reversed.maternityCase = MaternityCaseType.SINGLE_VAGINAL;
        reversed.reversed = true;
        assertThat(MaternityAllowanceMatcher.mayAllow(reversed.facts())).isFalse();
    }

    private static ClaimFacts delivery(MaternityCaseType caseType, int babies) {
        Claims claim = Claims.claim("S1");
        claim.scheme = Scheme.EMPLOYEE;
        claim.visitType = VisitType.MATERNITY;
        claim.maternityCase = caseType;
        claim.babies = babies;
        return claim.facts();
    }
}
