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
    private final PremiumSubsidyMatcher matcher = new PremiumSubsidyMatcher(Claims.policy());

    @Test
    void aLowIncomeGrantRunningThisYearSubsidisesSeventyPercentOfThePremium() {
        Decision decision = matcher.match(grant(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 5, 1), null), Scheme.RESIDENT, TODAY).orElseThrow();
        assertThat(decision.amount()).isEqualByComparingTo("245.00");
        assertThat(decision.details()).containsEntry("year", "2026").containsEntry("ratio", "0.70");
        assertThat(decision.key()).isEqualTo("PREMIUM_SUBSIDY|" + Claims.ID_NUMBER + "|2026");
        assertThat(decision.matchedFacts()).extracting(f -> f.eventId()).containsOnly("ev-grant");
    }

    @Test
    void extremePovertyIsSubsidisedWholeAndMonitoredHalf() {
        assertThat(matcher.match(grant(NeedyCategory.EXTREME_POVERTY, LocalDate.of(2026, 1, 1), null), null, TODAY).orElseThrow().amount())
                .isEqualByComparingTo("350.00");
        assertThat(matcher.match(grant(NeedyCategory.MONITORED, LocalDate.of(2025, 1, 1), null), null, TODAY).orElseThrow().amount())
                .isEqualByComparingTo("175.00");
    }

    @Test
    void aPeriodThatEndedLastYearSubsidisesNothing() {
        assertThat(matcher.match(grant(NeedyCategory.LOW_INCOME, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)), null, TODAY)).isEmpty();
    }

    @Test
    void anEmployeePaysNoResidentPremiumAndIsNotSubsidised() {
        assertThat(matcher.match(grant(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 5, 1), null), Scheme.EMPLOYEE, TODAY)).isEmpty();
    }

    @Test
    void aPolicyWithoutARatioForACategoryIsRefusedNamingIt() {
        assertThatThrownBy(() -> new AssistancePolicy(new BigDecimal("350"), Map.of(NeedyCategory.LOW_INCOME, BigDecimal.ONE),
                new BigDecimal("5000"), 98, 15, 15)).hasMessageContaining("subsidy-ratio.");
    }

    private static NeedyGrant grant(NeedyCategory category, LocalDate from, LocalDate to) {
        return new NeedyGrant("ev-grant", Claims.ID_NUMBER, category, from, to);
    }
}
