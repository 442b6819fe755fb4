package cn.medins.settlement.domain;

/**
 * One step of a claim's split, in the order of POLICY.md: it reads what the layers before it found in the
 * {@link Rating}, sets its own part and adds its explanation line. A new fund is a new layer, listed in
 * {@link SettlementCalculator#LAYERS} at its place in the order.
 */
interface FundLayer {

    void rate(Rating rating);
}
