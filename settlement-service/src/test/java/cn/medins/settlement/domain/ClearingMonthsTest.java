package cn.medins.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClearingMonthsTest {

    @Test
    void anItemOfAnOpenMonthIsBookedInItAndOneOfAClosedMonthInTheFirstOpenMonthAfterIt() {
        assertThat(ClearingMonths.bookingMonth("2026-04", List.of())).isEqualTo("2026-04");
        assertThat(ClearingMonths.bookingMonth("2026-04", List.of("2026-04"))).isEqualTo("2026-05");
        assertThat(ClearingMonths.bookingMonth("2026-11", List.of("2026-12", "2026-11", "2027-01"))).isEqualTo("2027-02");
        assertThat(ClearingMonths.bookingMonth("2026-04", List.of("2026-06"))).isEqualTo("2026-04");
    }

    @Test
    void aNegativeBalancePaysNothingAndIsCarriedWhileAPositiveOneIsPaidWhole() {
        ClearingMonths.Balance overDeducted = new ClearingMonths.Balance(new BigDecimal("60.00"), new BigDecimal("100.00"), Money.ZERO);
        assertThat(overDeducted.payable()).isEqualByComparingTo("0");
        assertThat(overDeducted.carriedForward()).isEqualByComparingTo("-40");

        ClearingMonths.Balance next = new ClearingMonths.Balance(new BigDecimal("120.00"), Money.ZERO, overDeducted.carriedForward());
        assertThat(next.payable()).isEqualByComparingTo("80");
        assertThat(next.carriedForward()).isEqualByComparingTo("0");
    }
}
