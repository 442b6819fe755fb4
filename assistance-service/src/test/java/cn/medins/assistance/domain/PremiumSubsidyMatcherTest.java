package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.partner.NeedyCategory;

class PremiumSubsidyMatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final AssistancePolicy POLICY = Claims.policy();

    @Test
    void aLowIncomeGrantRunningThisYearSubsidisesSeventyPercentOfThePremium() {
        Decision decision = PremiumSubsidyMatcher.match(grant(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 5, 1), null), Scheme.RESIDENT, TODAY, POLICY).orElseThrow();
        assertThat(decision.amount()).isEqualByComparingTo("245.00");
        assertThat(decision.details()).containsEntry("year", "2026").containsEntry("ratio", "0.70");
        assertThat(decision.key()).isEqualTo("PREMIUM_SUBSIDY|" + Claims.ID_NUMBER + "|2026");
        assertThat(decision.matchedFacts()).extracting(f -> f.eventId()).containsOnly("ev-grant");
    }

    @Test
    void extremePovertyIsSubsidisedWholeAndMonitoredHalf() {
        assertThat(PremiumSubsidyMatcher.match(grant(NeedyCategory.EXTREME_POVERTY, LocalDate.of(2026, 1, 1), null), null, TODAY, POLICY).orElseThrow().amount())
                .isEqualByComparingTo("350.00");
        assertThat(PremiumSubsidyMatcher.match(grant(NeedyCategory.MONITORED, LocalDate.of(2025, 1, 1), null), null, TODAY, POLICY).orElseThrow().amount())
                .isEqualByComparingTo("175.00");
    }

    @Test
    void theSubsidyIsAShareOfThePremiumOfTheVersionInForce() {
        AssistancePolicy dearer = new AssistancePolicy("370600-2026.1", new BigDecimal("380"), POLICY.subsidyRatios(),
                POLICY.reAssistanceThreshold(), 98, 15, 15);
        Decision decision = PremiumSubsidyMatcher.match(grant(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 5, 1), null),
                Scheme.RESIDENT, TODAY, dearer).orElseThrow();
        assertThat(decision.amount()).isEqualByComparingTo("266.00");
        assertThat(decision.details()).containsEntry("policyVersion", "370600-2026.1");
    }

    @Test
    void aPeriodThatEndedLastYearSubsidisesNothing() {
        assertThat(PremiumSubsidyMatcher.match(grant(NeedyCategory.LOW_INCOME, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)), null, TODAY, POLICY)).isEmpty();
    }

    @Test
    void anEmployeePaysNoResidentPremiumAndIsNotSubsidised() {
        assertThat(PremiumSubsidyMatcher.match(grant(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 5, 1), null), Scheme.EMPLOYEE, TODAY, POLICY)).isEmpty();
    }

    @Test
    void aPolicyWithoutARatioForACategoryIsRefusedNamingIt() {
        assertThatThrownBy(() -> new AssistancePolicy("371600-2026.1", new BigDecimal("350"),
                Map.of(NeedyCategory.LOW_INCOME, BigDecimal.ONE), new BigDecimal("5000"), 98, 15, 15))
                .hasMessageContaining("premiumSubsidyRatios.");
    }

    private static NeedyGrant grant(NeedyCategory category, LocalDate from, LocalDate to) {
        return new NeedyGrant("ev-grant", Claims.ID_NUMBER, category, from, to);
    }
}
