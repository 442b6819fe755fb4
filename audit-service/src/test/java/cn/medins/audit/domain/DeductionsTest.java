package cn.medins.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DeductionsTest {

    @Test
    void theFlaggedAmountIsDeductedWhileTheClaimHasThatMuchLeft() {
        assertThat(Deductions.of(new BigDecimal("15.50"), new BigDecimal("100.00"), new BigDecimal("84.50")))
                .isEqualByComparingTo("15.50");
    }

    @Test
    void noMoreThanWhatTheClaimHasLeftIsDeducted() {
        assertThat(Deductions.of(new BigDecimal("15.50"), new BigDecimal("100.00"), new BigDecimal("90.00")))
                .isEqualByComparingTo("10.00");
        assertThat(Deductions.of(new BigDecimal("15.50"), new BigDecimal("15.50"), new BigDecimal("15.50")))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void aClaimTheAuditNeverSawLeavesTheFlaggedAmount() {
        assertThat(Deductions.of(new BigDecimal("15.505"), null, BigDecimal.ZERO)).isEqualByComparingTo("15.51");
    }
}
