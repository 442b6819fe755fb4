package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Rating.percent;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.settlement.domain.BasicTerms.Fund;

/**
 * The first fund: the basic pool, or the maternity fund for a delivery. The benefit the claim falls under sets the
 * deductible, ratio (with an upper segment), floor and what is left of its annual cap; two-disease drugs of a general
 * outpatient visit are paid under their own terms and the rest of the visit under the general ones.
 */
final class BasicPoolLayer implements FundLayer {

    /** The first fund's payment, and the part of the amount it would have paid on that its cap left unpaid. */
    private record FirstFund(BigDecimal paid, BigDecimal uncovered, String explanation) {
    }

    @Override
    public void rate(Rating r) {
        BasicTerms terms = r.benefits.resolve(r.insured, r.claim, r.year, r.ratioCut);
        r.terms = terms;
        FirstFund first;
        if (terms.rest() == null) {
            r.deductible = Money.min(terms.deductible(), r.base);
            r.explain("deductibleApplied", r.deductible, terms.benefit() + ": deductible " + terms.deductible());
            first = firstFund(terms, r.base.subtract(r.deductible), r.base);
        } else {
            BigDecimal drugBase = drugBase(r.claim, r.base, r.catalogue.classBSelfPayRatio());
            FirstFund drugs = firstFund(terms, drugBase, drugBase);
            BigDecimal restBase = r.base.subtract(drugBase).add(drugs.uncovered());
            r.deductible = Money.min(terms.rest().deductible(), restBase);
            r.explain("deductibleApplied", r.deductible, terms.rest().benefit() + ": deductible "
                    + terms.rest().deductible() + "; " + terms.benefit() + ": none");
            FirstFund others = firstFund(terms.rest(), restBase.subtract(r.deductible), restBase);
            first = new FirstFund(drugs.paid().add(others.paid()), others.uncovered(), drugs.explanation() + " on the drugs' "
                    + Money.fen(drugBase) + "; " + others.explanation() + " on the other " + Money.fen(restBase));
            r.restPaid = others.paid();
        }
        r.maternityFund = terms.fund() == Fund.MATERNITY_FUND;
        r.basic = r.maternityFund ? Money.ZERO : first.paid();
        r.maternityShare = r.maternityFund ? first.paid() : Money.ZERO;
        r.uncovered = first.uncovered();
        r.explain(r.maternityFund ? "maternityFund" : "basicPool", first.paid(), first.explanation());
        r.afterBasic = Money.atLeastZero(r.inScope.subtract(r.basic).subtract(r.maternityShare));
    }

    /**
     * The drugs' share of {@code base}, pro rata to the items' in-scope parts. The items' parts are rounded one by one
     * and may add up to a fen more than the claim's in-scope, so they are also the denominator: the share never
     * exceeds the base.
     */
    private static BigDecimal drugBase(Claim claim, BigDecimal base, BigDecimal classBSelfPay) {
        BigDecimal drugsInScope = Money.ZERO;
        BigDecimal itemsInScope = Money.ZERO;
        for (Claim.Line item : claim.items()) {
            BigDecimal part = InScopeLayer.inScope(item, classBSelfPay);
            itemsInScope = itemsInScope.add(part);
            drugsInScope = item.category() == ItemCategory.DRUG ? drugsInScope.add(part) : drugsInScope;
        }
        return itemsInScope.signum() == 0 ? Money.ZERO
                : Money.fen(base.multiply(drugsInScope).divide(itemsInScope, MathContext.DECIMAL64));
    }

    private static FirstFund firstFund(BasicTerms terms, BigDecimal eligible, BigDecimal base) {
        List<BigDecimal[]> segments = new ArrayList<>();
        if (terms.upperSegmentFrom() != null && eligible.compareTo(terms.upperSegmentFrom()) > 0) {
            segments.add(new BigDecimal[] {terms.upperSegmentFrom(), terms.ratio()});
            segments.add(new BigDecimal[] {eligible.subtract(terms.upperSegmentFrom()), terms.upperRatio()});
        } else {
            segments.add(new BigDecimal[] {eligible, terms.ratio()});
        }
        StringBuilder explanation = new StringBuilder(terms.benefit()).append(':');
        BigDecimal payable = BigDecimal.ZERO;
        for (BigDecimal[] segment : segments) {
            payable = payable.add(segment[0].multiply(segment[1]));
            explanation.append(' ').append(percent(segment[1])).append(" × ").append(segment[0]);
        }
        BigDecimal floored = Money.max(payable, Money.min(terms.floor(), base));
        if (terms.floor().signum() > 0) {
            explanation.append("; at least ").append(terms.floor()).append(", never above in-scope");
        }
        if (terms.capLeft() == null || floored.compareTo(terms.capLeft()) <= 0) {
            return new FirstFund(Money.fen(floored), BigDecimal.ZERO, explanation.toString());
        }
        explanation.append("; limited to ").append(terms.capLeft()).append(" left of the annual cap");
        BigDecimal room = terms.capLeft();
        BigDecimal uncovered = BigDecimal.ZERO;
        for (BigDecimal[] segment : segments) {
            BigDecimal pays = segment[0].multiply(segment[1]);
            if (pays.compareTo(room) <= 0) {
                room = room.subtract(pays);
            } else {
                BigDecimal covered = room.divide(segment[1], MathContext.DECIMAL64);
                uncovered = uncovered.add(segment[0].subtract(covered));
                room = BigDecimal.ZERO;
            }
        }
        return new FirstFund(terms.capLeft(), uncovered, explanation.toString());
    }
}
