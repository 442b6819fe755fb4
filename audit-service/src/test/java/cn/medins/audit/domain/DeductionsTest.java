package cn.medins.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.audit.domain.Deductions.Line;
import cn.medins.audit.domain.Deductions.PaidClaim;

class DeductionsTest {

    /** Drug B 100.00 (90.00 in scope), examination A 200.00, material C 50.00: in scope 290.00; the funds paid 174.00. */
    private static final PaidClaim MIXED = new PaidClaim(new BigDecimal("350.00"), new BigDecimal("174.00"), List.of(
            new Line("DRUG", new BigDecimal("100.00"), new BigDecimal("90.00")),
            new Line("EXAM", new BigDecimal("200.00"), new BigDecimal("200.00")),
            new Line("MATERIAL", new BigDecimal("50.00"), new BigDecimal("0.00"))));

    @Test
    void aFlaggedLineTakesBackTheFundsShareProRataToItsInScopeAmount() {
        assertThat(Deductions.of(new BigDecimal("100.00"), "DRUG", MIXED, BigDecimal.ZERO)).isEqualByComparingTo("54.00");
        assertThat(Deductions.of(new BigDecimal("200.00"), "EXAM", MIXED, BigDecimal.ZERO)).isEqualByComparingTo("120.00");
    }

    @Test
    void partOfALineIsTakenBackAtThatLinesShare() {
        // an excess of half the drug line: 50.00, in scope 45.00, 174 × 45 / 290 = 27.00
        assertThat(Deductions.of(new BigDecimal("50.00"), "DRUG", MIXED, BigDecimal.ZERO)).isEqualByComparingTo("27.00");
    }

    @Test
    void aLineOutsideTheCatalogueTakesBackNothingBecauseTheFundsPaidNothingForIt() {
        assertThat(Deductions.of(new BigDecimal("50.00"), "MATERIAL", MIXED, BigDecimal.ZERO)).isEqualByComparingTo("0.00");
    }

    @Test
    void aFindingOnTheWholeClaimTakesBackItsShareAtTheClaimsInScopeRatio() {
        assertThat(Deductions.of(new BigDecimal("350.00"), null, MIXED, BigDecimal.ZERO)).isEqualByComparingTo("174.00");
    }

    @Test
    void theFundsShareIsRoundedHalfUpToTheFen() {
        PaidClaim claim = new PaidClaim(new BigDecimal("3.00"), new BigDecimal("1.00"), List.of(
                new Line("X", new BigDecimal("1.00"), new BigDecimal("1.00")),
                new Line("Y", new BigDecimal("2.00"), new BigDecimal("2.00"))));
        assertThat(Deductions.of(new BigDecimal("1.00"), "X", claim, BigDecimal.ZERO)).isEqualByComparingTo("0.33");
        assertThat(Deductions.of(new BigDecimal("2.00"), "Y", claim, BigDecimal.ZERO)).isEqualByComparingTo("0.67");
    }

    @Test
    void findingsOnTheSameMoneyNeverTakeBackMoreThanTheFundsPaidForTheClaim() {
        assertThat(Deductions.of(new BigDecimal("200.00"), "EXAM", MIXED, new BigDecimal("100.00"))).isEqualByComparingTo("74.00");
        assertThat(Deductions.of(new BigDecimal("200.00"), "EXAM", MIXED, new BigDecimal("174.00"))).isEqualByComparingTo("0.00");
    }

    @Test
    void aClaimWhoseFundPaymentsPredateTheRecordKeepsTheFlaggedAmountLimitedByTheClaimTotal() {
        PaidClaim old = new PaidClaim(new BigDecimal("100.00"), null, List.of(new Line("X", new BigDecimal("100.00"), null)));
        assertThat(Deductions.of(new BigDecimal("15.50"), "X", old, new BigDecimal("84.50"))).isEqualByComparingTo("15.50");
        assertThat(Deductions.of(new BigDecimal("15.50"), "X", old, new BigDecimal("90.00"))).isEqualByComparingTo("10.00");
    }

    @Test
    void linesWithoutTheirInScopeFigureShareAtTheirAmounts() {
        PaidClaim claim = new PaidClaim(new BigDecimal("300.00"), new BigDecimal("150.00"), List.of(
                new Line("X", new BigDecimal("100.00"), null), new Line("Y", new BigDecimal("200.00"), null)));
        assertThat(Deductions.of(new BigDecimal("100.00"), "X", claim, BigDecimal.ZERO)).isEqualByComparingTo("50.00");
    }
}
