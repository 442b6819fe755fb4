package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.medins.settlement.domain.policy.Policy;

/**
 * The running split of one claim while the fund layers rate it: the inputs, and what each layer found for the layers
 * after it. It lives for one {@link SettlementCalculator#settle} call and is never shared.
 */
final class Rating {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final Policy policy;
    final BenefitResolver benefits;
    final Insured insured;
    final Claim claim;
    final Accumulators year;
    final Catalogue catalogue;
    final boolean remote;
    final List<Explanation> lines = new ArrayList<>();

    BigDecimal total;
    BigDecimal inScope;
    BigDecimal remoteFirstSelfPay = Money.ZERO;
    BigDecimal ratioCut = BigDecimal.ZERO;
    /** In-scope less the remote first self-pay: what the first fund pays on. */
    BigDecimal base;
    BasicTerms terms;
    BigDecimal deductible;
    boolean maternityFund;
    BigDecimal basic = Money.ZERO;
    BigDecimal maternityShare = Money.ZERO;
    /** The part of {@code basic} paid under the terms for the rest of the claim (see {@link BasicTerms#rest()}). */
    BigDecimal restPaid = Money.ZERO;
    /** What the first fund would have paid on beyond its annual cap. */
    BigDecimal uncovered = BigDecimal.ZERO;
    BigDecimal largeMedical = Money.ZERO;
    /** The in-scope burden after the basic pool (or the maternity fund). */
    BigDecimal afterBasic;
    BigDecimal criticalIllness = Money.ZERO;
    /** The in-scope burden left after large medical and critical illness, which assistance is a share of. */
    BigDecimal left;
    BigDecimal assistance = Money.ZERO;
    BigDecimal allowance = Money.ZERO;
    BigDecimal personal;

    Rating(Policy policy, BenefitResolver benefits, Insured insured, Claim claim, Accumulators year, Catalogue catalogue) {
        this.policy = policy;
        this.benefits = benefits;
        this.insured = insured;
        this.claim = claim;
        this.year = year;
        this.catalogue = catalogue;
        this.remote = !claim.institutionRegionCode().equals(insured.regionCode());
    }

    void explain(String step, BigDecimal amount, String detail) {
        lines.add(new Explanation(step, amount, detail));
    }

    static String percent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }
}
