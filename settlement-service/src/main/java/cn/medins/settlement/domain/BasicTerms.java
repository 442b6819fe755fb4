package cn.medins.settlement.domain;

import java.math.BigDecimal;

import cn.medins.contracts.coverage.ChronicDisease;

/**
 * How the first fund pays on a claim: after {@code deductible}, at {@code ratio}, the part above
 * {@code upperSegmentFrom} (when set) at {@code upperRatio}, within {@code capLeft} ({@code null}: no cap).
 *
 * @param fund which annual total the payment counts against
 * @param disease the chronic disease of a {@code CHRONIC} fund, else {@code null}
 * @param floor the least the fund pays (residents' maternity floors), {@code 0} for none
 * @param rest how the rest of the claim is paid when this benefit covers only its drugs (the hypertension/diabetes
 *        drug benefit): the other items, and the drugs past this benefit's cap; {@code null} when it covers the claim
 */
record BasicTerms(String benefit, Fund fund, ChronicDisease disease, BigDecimal deductible, BigDecimal ratio,
        BigDecimal upperSegmentFrom, BigDecimal upperRatio, BigDecimal capLeft, BigDecimal floor, BasicTerms rest) {

    enum Fund {
        OUTPATIENT, INPATIENT, TWO_DISEASE_DRUGS, CHRONIC, MATERNITY_FUND;

        /** Employees' inpatient and chronic outpatient share a cap past which the large medical subsidy pays. */
        boolean sharesInpatientCap() {
            return this == INPATIENT;
        }
    }

    static BasicTerms flat(String benefit, Fund fund, BigDecimal deductible, BigDecimal ratio, BigDecimal capLeft) {
        return new BasicTerms(benefit, fund, null, deductible, ratio, null, null, capLeft, Money.ZERO, null);
    }

    BasicTerms withUpperSegment(BigDecimal from, BigDecimal ratioAbove) {
        return new BasicTerms(benefit, fund, disease, deductible, ratio, from, ratioAbove, capLeft, floor, rest);
    }

    BasicTerms forDisease(ChronicDisease chronicDisease) {
        return new BasicTerms(benefit, fund, chronicDisease, deductible, ratio, upperSegmentFrom, upperRatio, capLeft, floor, rest);
    }

    BasicTerms withFloor(BigDecimal least) {
        return new BasicTerms(benefit, fund, disease, deductible, ratio, upperSegmentFrom, upperRatio, capLeft, least, rest);
    }

    /** These terms for the claim's drugs only, {@code others} for the rest of it. */
    BasicTerms drugsOnly(BasicTerms others) {
        return new BasicTerms(benefit, fund, disease, deductible, ratio, upperSegmentFrom, upperRatio, capLeft, floor, others);
    }
}
