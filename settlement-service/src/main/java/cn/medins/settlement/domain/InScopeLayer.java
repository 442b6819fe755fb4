package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Rating.percent;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import cn.medins.contracts.coverage.CatalogClass;

/** The claim's total, and its in-scope part under the catalogue: all of class A, class B less its first self-pay. */
final class InScopeLayer implements FundLayer {

    @Override
    public void rate(Rating r) {
        BigDecimal classBSelfPay = r.catalogue.classBSelfPayRatio();
        Map<CatalogClass, BigDecimal> byClass = new EnumMap<>(CatalogClass.class);
        for (CatalogClass catalogClass : CatalogClass.values()) {
            byClass.put(catalogClass, Money.ZERO);
        }
        r.claim.items().forEach(item -> byClass.merge(item.catalogClass(), item.amount(), BigDecimal::add));
        r.total = byClass.values().stream().reduce(Money.ZERO, BigDecimal::add);
        r.explain("total", r.total, r.claim.items().size() + " items, quantity × unit price rounded per item");

        BigDecimal classA = byClass.get(CatalogClass.A);
        BigDecimal classB = byClass.get(CatalogClass.B);
        r.inScope = Money.fen(classA.add(classB.multiply(BigDecimal.ONE.subtract(classBSelfPay))));
        r.explain("inScope", r.inScope, "class A " + classA + " + " + percent(BigDecimal.ONE.subtract(classBSelfPay))
                + " of class B " + classB + (r.remote ? " (" + whoseCatalogue(r.claim, r.catalogue) + ")" : "") + "; class C "
                + byClass.get(CatalogClass.C) + " and the class B first self-pay are out of scope");
    }

    /** The in-scope part of one line: all of class A, class B less its first self-pay, nothing of class C. */
    static BigDecimal inScope(Claim.Line line, BigDecimal classBSelfPay) {
        return switch (line.catalogClass()) {
            case A -> line.amount();
            case B -> Money.fen(line.amount().multiply(BigDecimal.ONE.subtract(classBSelfPay)));
            case C -> Money.ZERO;
        };
    }

    /**
     * Whose catalogue set the class B first self-pay of a remote claim: the treating region's, or the insured
     * region's when the treating region had no policy in force on the service date.
     */
    private static String whoseCatalogue(Claim claim, Catalogue catalogue) {
        String whose = "class B first self-pay " + percent(catalogue.classBSelfPayRatio()) + " of region " + catalogue.regionCode()
                + "'s catalogue";
        return catalogue.regionCode().equals(claim.institutionRegionCode()) ? whose + ", " + catalogue.version()
                : whose + ": region " + claim.institutionRegionCode() + " has no policy in force on " + claim.serviceDate()
                        + ", so the insured region's catalogue applies";
    }
}
