package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.domain.policy.MedicalAssistance;
import cn.medins.settlement.domain.policy.Policy;
import cn.medins.settlement.domain.policy.ResidentPolicy.CriticalIllness;

/**
 * What the funds owe a needy person after the counter, on the same annual totals the counter spends: retroactive
 * re-adjudication of claims settled before the person was known to be needy, and re-assistance on the year's burden
 * left after all three layers.
 */
public final class AssistanceAdjudicator {

    private final MedicalAssistance terms;
    private final CriticalIllness criticalIllness;

    public AssistanceAdjudicator(Policy policy) {
        this.terms = policy.medicalAssistance();
        this.criticalIllness = policy.resident().criticalIllness();
    }

    /**
     * A settled claim as adjudication sees it.
     *
     * @param afterBasic in-scope amount left after the basic pool and the maternity fund: its critical-illness burden
     * @param largeMedical what the large-medical subsidy paid on it
     * @param criticalIllness what critical illness paid on it, at the counter and by earlier re-adjudication
     * @param assisted assistance the claim already got, at the counter or retroactively
     * @param resident whether the person was a resident on its service date, so that critical illness applies
     */
    public record SettledClaim(String settlementId, BigDecimal afterBasic, BigDecimal largeMedical, BigDecimal criticalIllness,
            BigDecimal assisted, boolean resident) {

        /**
         * A claim as the counter split it, with what re-adjudication paid on it since. Its critical-illness burden is
         * the in-scope amount left after the basic pool and the maternity fund (the employee's prenatal allowance
         * included: it already covered part of the personal share).
         */
        public static SettledClaim of(String settlementId, FundSplit split, BigDecimal adjudicatedCriticalIllness,
                BigDecimal adjudicatedAssistance, boolean resident) {
            return new SettledClaim(settlementId, Money.atLeastZero(split.inScope().subtract(split.basicPool()).subtract(split.maternityFund())),
                    split.largeMedical(), split.criticalIllness().add(adjudicatedCriticalIllness),
                    split.assistance().add(adjudicatedAssistance), resident);
        }

        /** In-scope burden left after basic pool, large medical and critical illness. */
        public BigDecimal burden() {
            return Money.atLeastZero(afterBasic.subtract(largeMedical).subtract(criticalIllness));
        }
    }

    /** What one claim is owed, per fund. */
    public record Share(String settlementId, BigDecimal criticalIllness, BigDecimal assistance) {
        public Share {
            criticalIllness = Money.fen(criticalIllness);
            assistance = Money.fen(assistance);
        }

        public BigDecimal amount() {
            return criticalIllness.add(assistance);
        }
    }

    /** The amount owed, per claim and fund, and the change to the person's year. */
    public record Adjudication(BigDecimal amount, List<Share> shares, Accumulators delta) {
        public Adjudication {
            amount = Money.fen(amount);
            shares = List.copyOf(shares);
        }

        public BigDecimal criticalIllness() {
            return shares.stream().map(Share::criticalIllness).reduce(Money.ZERO, BigDecimal::add);
        }

        public BigDecimal assistance() {
            return shares.stream().map(Share::assistance).reduce(Money.ZERO, BigDecimal::add);
        }
    }

    /**
     * The claims settled without the needy status, settled again as the counter would have with {@code category} in
     * force (POLICY.md, retroactive assistance): critical illness at the category's rates, then medical assistance on
     * what is left, each fund's difference owed per claim. Claims already assisted were settled with the status and are
     * left as they are. The claims come in the order they were served; the rest of the year's live claims are taken to
     * come first, as they were paid already.
     */
    public Adjudication retroactive(NeedyCategory category, List<SettledClaim> claims, Accumulators year) {
        List<SettledClaim> unassisted = claims.stream().filter(c -> c.assisted().signum() == 0).toList();
        boolean core = NeedyCategories.core(category);
        List<BigDecimal> topUps = criticalIllnessTopUps(core, unassisted, year);
        BigDecimal topUpTotal = topUps.stream().reduce(Money.ZERO, BigDecimal::add);

        CumulativeScale marginal = CumulativeScale.marginalAssistance(terms);
        BigDecimal burdenAfter = year.assistanceBurden().subtract(topUpTotal);
        BigDecimal running = Money.atLeastZero(burdenAfter.subtract(sum(unassisted, i -> unassisted.get(i).burden().subtract(topUps.get(i)))));
        BigDecimal paidRunning = year.assistance();
        BigDecimal capLeft = Money.left(terms.annualCap(), year.assistance());
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < unassisted.size(); i++) {
            SettledClaim claim = unassisted.get(i);
            BigDecimal burden = Money.atLeastZero(claim.burden().subtract(topUps.get(i)));
            running = running.add(burden);
            BigDecimal owed = core ? Money.fen(burden.multiply(terms.coreRatio())) : marginal.owed(running, paidRunning);
            BigDecimal paid = Money.min(Money.min(owed, burden), capLeft);
            capLeft = capLeft.subtract(paid);
            paidRunning = paidRunning.add(paid);
            shares.add(new Share(claim.settlementId(), topUps.get(i), paid));
        }
        BigDecimal assistance = shares.stream().map(Share::assistance).reduce(Money.ZERO, BigDecimal::add);
        return new Adjudication(topUpTotal.add(assistance), shares,
                change(topUpTotal, topUpTotal.negate(), assistance, topUpTotal.add(assistance).negate(), Money.ZERO));
    }

    /**
     * What critical illness owes each claim at the category's rates beyond what it paid: each claim is rated on the
     * year's burden through it, less what the claims before it were paid, as the counter rates (POLICY.md); never below
     * what it was paid, and never more in all than the year's live claims entitle to.
     */
    private List<BigDecimal> criticalIllnessTopUps(boolean core, List<SettledClaim> claims, Accumulators year) {
        CumulativeScale scale = CumulativeScale.criticalIllness(criticalIllness, core);
        List<SettledClaim> rated = claims.stream().filter(SettledClaim::resident).toList();
        BigDecimal running = Money.atLeastZero(year.criticalIllnessBurden().subtract(sum(rated, i -> rated.get(i).afterBasic())));
        BigDecimal paidRunning = Money.atLeastZero(year.criticalIllness().subtract(sum(rated, i -> rated.get(i).criticalIllness())));
        BigDecimal left = scale.owed(year.criticalIllnessBurden(), year.criticalIllness());
        List<BigDecimal> topUps = new ArrayList<>();
        for (SettledClaim claim : claims) {
            if (!claim.resident()) {
                topUps.add(Money.ZERO);
                continue;
            }
            running = running.add(claim.afterBasic());
            BigDecimal rerated = Money.min(scale.owed(running, paidRunning), Money.atLeastZero(claim.afterBasic().subtract(claim.largeMedical())));
            BigDecimal topUp = Money.min(Money.min(Money.atLeastZero(rerated.subtract(claim.criticalIllness())), claim.burden()), left);
            left = left.subtract(topUp);
            paidRunning = paidRunning.add(claim.criticalIllness()).add(topUp);
            topUps.add(topUp);
        }
        return topUps;
    }

    private static BigDecimal sum(List<SettledClaim> claims, IntFunction<BigDecimal> amount) {
        BigDecimal total = Money.ZERO;
        for (int i = 0; i < claims.size(); i++) {
            total = total.add(amount.apply(i));
        }
        return total;
    }

    /**
     * {@code reAssistanceRatio} of the year's burden left after all three layers above the threshold, less what
     * re-assistance paid already, within its annual cap; spread over the claims in order, each up to its own burden left.
     */
    public Adjudication reAssistance(List<SettledClaim> claims, Accumulators year) {
        BigDecimal above = Money.atLeastZero(year.residualBurden().subtract(terms.reAssistanceThreshold()));
        BigDecimal entitled = Money.min(Money.fen(above.multiply(terms.reAssistanceRatio())), terms.reAssistanceAnnualCap());
        BigDecimal total = Money.atLeastZero(entitled.subtract(year.reAssistance()));
        List<Share> shares = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 0; i < claims.size(); i++) {
            SettledClaim claim = claims.get(i);
            boolean last = i == claims.size() - 1;
            BigDecimal share = last ? left : Money.min(left, Money.atLeastZero(claim.burden().subtract(claim.assisted())));
            left = left.subtract(share);
            shares.add(new Share(claim.settlementId(), Money.ZERO, share));
        }
        return new Adjudication(total, shares, change(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, total));
    }

    private static Accumulators change(BigDecimal criticalIllness, BigDecimal assistanceBurden, BigDecimal assistance,
            BigDecimal residualBurden, BigDecimal reAssistance) {
        return new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO, Map.of(), 0, Money.ZERO, Money.ZERO, criticalIllness,
                assistanceBurden, assistance, residualBurden, reAssistance);
    }
}
