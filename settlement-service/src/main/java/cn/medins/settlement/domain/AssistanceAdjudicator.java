package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.settlement.domain.policy.MedicalAssistance;
import cn.medins.settlement.domain.policy.Policy.Segment;

/**
 * What medical assistance owes after the counter, on the one annual assistance limit the counter also spends:
 * retroactive assistance for claims settled before the person was known to be needy, and re-assistance on the
 * year's burden left after all three layers.
 */
public final class AssistanceAdjudicator {

    private final MedicalAssistance terms;

    public AssistanceAdjudicator(MedicalAssistance terms) {
        this.terms = terms;
    }

    /**
     * A settled claim as adjudication sees it.
     *
     * @param burden in-scope burden left after basic pool, large medical and critical illness
     * @param assisted assistance the claim already got, at the counter or retroactively
     */
    public record SettledClaim(String settlementId, BigDecimal burden, BigDecimal assisted) {
    }

    public record Share(String settlementId, BigDecimal amount) {
        public Share {
            amount = Money.fen(amount);
        }
    }

    /** The amount owed, per claim, and the change to the person's year. */
    public record Adjudication(BigDecimal amount, List<Share> shares, Accumulators delta) {
        public Adjudication {
            amount = Money.fen(amount);
            shares = List.copyOf(shares);
        }
    }

    /**
     * For each claim that got no assistance, the layer {@code category} entitles to, in the order given, within what is
     * left of the annual assistance cap.
     */
    public Adjudication retroactive(NeedyCategory category, List<SettledClaim> claims, Accumulators year) {
        List<SettledClaim> unassisted = claims.stream().filter(c -> c.assisted().signum() == 0).toList();
        boolean core = NeedyCategories.core(category);
        CumulativeScale marginal = new CumulativeScale(terms.marginalThreshold(), List.of(new Segment(null, terms.marginalRatio())),
                BigDecimal.ZERO, null);
        BigDecimal running = Money.atLeastZero(year.assistanceBurden()
                .subtract(unassisted.stream().map(SettledClaim::burden).reduce(BigDecimal.ZERO, BigDecimal::add)));
        BigDecimal capLeft = Money.left(terms.annualCap(), year.assistance());
        List<Share> shares = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        for (SettledClaim claim : unassisted) {
            BigDecimal owed = core ? Money.fen(claim.burden().multiply(terms.coreRatio())) : marginal.increase(running, claim.burden());
            running = running.add(claim.burden());
            BigDecimal paid = Money.min(Money.min(owed, claim.burden()), capLeft);
            capLeft = capLeft.subtract(paid);
            total = total.add(paid);
            shares.add(new Share(claim.settlementId(), paid));
        }
        return new Adjudication(total, shares, change(total, total.negate(), Money.ZERO));
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
            shares.add(new Share(claim.settlementId(), share));
        }
        return new Adjudication(total, shares, change(Money.ZERO, Money.ZERO, total));
    }

    private static Accumulators change(BigDecimal assistance, BigDecimal residualBurden, BigDecimal reAssistance) {
        return new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO, Map.of(), 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                assistance, residualBurden, reAssistance);
    }
}
