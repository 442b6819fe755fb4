package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PaymentLimitsTest {

    private static final PaymentLimits LIMITS = new PaymentLimits(Map.of(BenefitKind.RETROACTIVE_ASSISTANCE, new BigDecimal("20000"),
            BenefitKind.RE_ASSISTANCE, new BigDecimal("20000"), BenefitKind.MATERNITY_ALLOWANCE, new BigDecimal("102400")),
            new BigDecimal("24000"), new BigDecimal("1000000"));

    @Test
    void aPaymentAtItsThresholdGoesToTheBankAndOneFenAboveIsHeldNamingTheAmountAndTheThreshold() {
        assertThat(LIMITS.reviewReason(BenefitKind.RE_ASSISTANCE, new BigDecimal("20000.00"), null)).isEmpty();
        assertThat(LIMITS.reviewReason(BenefitKind.RE_ASSISTANCE, new BigDecimal("20000.01"), null)).contains(
                "amount 20000.01 is above the RE_ASSISTANCE review threshold 20000: paid only once township review approves it");
    }

    @Test
    void anAllowanceOnAWageAboveTheReviewLimitIsHeldHoweverSmallItsAmount() {
        assertThat(LIMITS.reviewReason(BenefitKind.MATERNITY_ALLOWANCE, new BigDecimal("78400.00"), new BigDecimal("24000.00"))).isEmpty();
        assertThat(LIMITS.reviewReason(BenefitKind.MATERNITY_ALLOWANCE, new BigDecimal("100.00"), new BigDecimal("24000.01")))
                .get().asString().startsWith("averageMonthlyWage 24000.01 is above the wage review limit 24000");
    }

    @Test
    void everyCauseOfAHoldIsNamedAtOnce() {
        assertThat(LIMITS.reviewReason(BenefitKind.MATERNITY_ALLOWANCE, new BigDecimal("2940000.00"), new BigDecimal("900000")))
                .get().asString()
                .contains("amount 2940000.00 is above the MATERNITY_ALLOWANCE review threshold 102400")
                .contains("averageMonthlyWage 900000.00 is above the wage review limit 24000");
    }

    @Test
    void aWageOfZeroOrAboveAnyPlausibleWageIsRefusedNamingTheFieldAndAnUnreportedOneIsNot() {
        assertThat(LIMITS.wageRefusal(new BigDecimal("0.00"))).contains("field averageMonthlyWage: 0.00 is not a wage (must be above 0)");
        assertThat(LIMITS.wageRefusal(new BigDecimal("-1"))).get().asString().startsWith("field averageMonthlyWage: -1");
        assertThat(LIMITS.wageRefusal(new BigDecimal("1000000.01"))).contains(
                "field averageMonthlyWage: 1000000.01 is above 1000000, no plausible employer average monthly wage");
        assertThat(LIMITS.wageRefusal(new BigDecimal("1000000"))).isEmpty();
        assertThat(LIMITS.wageRefusal(null)).isEmpty();
    }

    @Test
    void everyKindThatPaysToABankNeedsAThresholdAndNoOtherKindTakesOne() {
        assertThatThrownBy(() -> new PaymentLimits(Map.of(BenefitKind.RE_ASSISTANCE, BigDecimal.TEN), BigDecimal.ONE, BigDecimal.TEN))
                .hasMessageContaining("payment-review-above.RETROACTIVE_ASSISTANCE must be set");
        assertThatThrownBy(() -> new PaymentLimits(Map.of(BenefitKind.RETROACTIVE_ASSISTANCE, BigDecimal.TEN, BenefitKind.RE_ASSISTANCE,
                BigDecimal.TEN, BenefitKind.MATERNITY_ALLOWANCE, BigDecimal.TEN, BenefitKind.PREMIUM_SUBSIDY, BigDecimal.TEN),
                BigDecimal.ONE, BigDecimal.TEN)).hasMessageContaining("PREMIUM_SUBSIDY pays nothing to a bank");
        assertThatThrownBy(() -> new PaymentLimits(Map.of(BenefitKind.RETROACTIVE_ASSISTANCE, BigDecimal.TEN, BenefitKind.RE_ASSISTANCE,
                BigDecimal.TEN, BenefitKind.MATERNITY_ALLOWANCE, BigDecimal.TEN), BigDecimal.TEN, BigDecimal.TEN))
                .hasMessageContaining("wage-review-above must be above 0 and below wage-refused-above");
    }
}
