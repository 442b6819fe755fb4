package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.domain.BasicTerms.Fund;
import cn.medins.settlement.domain.policy.MedicalAssistance;
import cn.medins.settlement.domain.policy.Policy;

/**
 * Splits one claim across the funds in the order of POLICY.md, given the person's totals for the year before it.
 * Pure: the same inputs always give the same split, and nothing is remembered between calls.
 */
public final class SettlementCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Policy policy;
    private final BenefitResolver benefits;

    public SettlementCalculator(Policy policy) {
        this.policy = policy;
        this.benefits = new BenefitResolver(policy);
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Rates the claim with this policy's own catalogue: a local claim's, or a remote one's whose treating region has
     * no policy in force on the service date. The counter and the replay rate through {@link PolicyCatalog#rate},
     * which picks the treating region's catalogue.
     */
    public Settlement settle(Insured insured, Claim claim, Accumulators year) {
        return settle(insured, claim, year, Catalogue.of(policy));
    }

    /**
     * Rates the claim with this policy, the insured region's (参保地), for every payment figure, and with
     * {@code catalogue}'s catalogue figures (the treating region's, 就医地目录: see {@link Catalogue}) for what of each
     * item is in scope. The settlement records the catalogue's version when it is another policy's.
     */
    public Settlement settle(Insured insured, Claim claim, Accumulators year, Catalogue catalogue) {
        List<Explanation> lines = new ArrayList<>();
        BigDecimal classBSelfPay = catalogue.classBSelfPayRatio();
        boolean remote = !claim.institutionRegionCode().equals(insured.regionCode());

        Map<CatalogClass, BigDecimal> byClass = new EnumMap<>(CatalogClass.class);
        for (CatalogClass catalogClass : CatalogClass.values()) {
            byClass.put(catalogClass, Money.ZERO);
        }
        claim.items().forEach(item -> byClass.merge(item.catalogClass(), item.amount(), BigDecimal::add));
        BigDecimal total = byClass.values().stream().reduce(Money.ZERO, BigDecimal::add);
        lines.add(new Explanation("total", total, claim.items().size() + " items, quantity × unit price rounded per item"));

        BigDecimal classA = byClass.get(CatalogClass.A);
        BigDecimal classB = byClass.get(CatalogClass.B);
        BigDecimal inScope = Money.fen(classA.add(classB.multiply(BigDecimal.ONE.subtract(classBSelfPay))));
        lines.add(new Explanation("inScope", inScope, "class A " + classA + " + " + percent(BigDecimal.ONE.subtract(classBSelfPay))
                + " of class B " + classB + (remote ? " (" + whoseCatalogue(claim, catalogue) + ")" : "") + "; class C "
                + byClass.get(CatalogClass.C) + " and the class B first self-pay are out of scope"));

        BigDecimal remoteFirstSelfPay = remote ? Money.fen(inScope.multiply(policy.remoteCare().firstSelfPayRatio())) : Money.ZERO;
        boolean maternityInProvince = claim.visitType() == VisitType.MATERNITY
                && claim.institutionRegionCode().regionMatches(0, insured.regionCode(), 0, 2);
        boolean penalised = remote && !insured.remoteCareRegistered() && !maternityInProvince;
        BigDecimal ratioCut = penalised ? policy.remoteCare().unregisteredRatioCut() : BigDecimal.ZERO;
        if (remote) {
            lines.add(new Explanation("remoteFirstSelfPay", remoteFirstSelfPay, "remote care in " + claim.institutionRegionCode() + ": "
                    + percent(policy.remoteCare().firstSelfPayRatio()) + " of in-scope borne personally"
                    + (penalised ? "; no remote-care registration: ratios " + percent(ratioCut) + " lower"
                            : insured.remoteCareRegistered() ? "; registered" : "; maternity inside the province needs no registration")));
        }
        BigDecimal base = inScope.subtract(remoteFirstSelfPay);

        BasicTerms terms = benefits.resolve(insured, claim, year, ratioCut);
        BigDecimal deductible;
        FirstFund first;
        if (terms.rest() == null) {
            deductible = Money.min(terms.deductible(), base);
            lines.add(new Explanation("deductibleApplied", deductible, terms.benefit() + ": deductible " + terms.deductible()));
            first = firstFund(terms, base.subtract(deductible), base);
        } else {
            BigDecimal drugBase = drugBase(claim, base, classBSelfPay);
            FirstFund drugs = firstFund(terms, drugBase, drugBase);
            BigDecimal restBase = base.subtract(drugBase).add(drugs.uncovered());
            deductible = Money.min(terms.rest().deductible(), restBase);
            lines.add(new Explanation("deductibleApplied", deductible, terms.rest().benefit() + ": deductible "
                    + terms.rest().deductible() + "; " + terms.benefit() + ": none"));
            FirstFund others = firstFund(terms.rest(), restBase.subtract(deductible), restBase);
            first = new FirstFund(drugs.paid().add(others.paid()), others.uncovered(), drugs.explanation() + " on the drugs' "
                    + Money.fen(drugBase) + "; " + others.explanation() + " on the other " + Money.fen(restBase), others.paid());
        }

        boolean maternityFund = terms.fund() == Fund.MATERNITY_FUND;
        BigDecimal basic = maternityFund ? Money.ZERO : first.paid();
        BigDecimal maternityShare = maternityFund ? first.paid() : Money.ZERO;
        lines.add(new Explanation(maternityFund ? "maternityFund" : "basicPool", first.paid(), first.explanation()));

        BigDecimal largeMedical = Money.ZERO;
        if (insured.category().scheme() == Scheme.EMPLOYEE && terms.fund().sharesInpatientCap() && first.uncovered().signum() > 0) {
            largeMedical = Money.fen(Money.min(first.uncovered().multiply(policy.employee().largeMedicalRatio()),
                    Money.left(policy.employee().largeMedicalAnnualCap(), year.largeMedical())));
            lines.add(new Explanation("largeMedical", largeMedical, "basic annual cap used up: " + percent(policy.employee().largeMedicalRatio())
                    + " of the " + Money.fen(first.uncovered()) + " the basic pool would otherwise have paid on"));
        }

        BigDecimal afterBasic = Money.atLeastZero(inScope.subtract(basic).subtract(maternityShare));
        BigDecimal criticalIllness = Money.ZERO;
        if (insured.category().scheme() == Scheme.RESIDENT) {
            criticalIllness = Money.min(criticalIllnessScale(insured)
                    .owed(year.criticalIllnessBurden().add(afterBasic), year.criticalIllness()), afterBasic);
            criticalIllness = insured.coreNeedy() ? criticalIllness
                    : Money.min(criticalIllness, Money.left(policy.resident().criticalIllness().annualCap(), year.criticalIllness()));
            lines.add(new Explanation("criticalIllness", criticalIllness, "year's in-scope burden after basic pool "
                    + year.criticalIllnessBurden().add(afterBasic) + ", deductible " + ciDeductible(insured)
                    + (insured.coreNeedy() ? " (needy: halved, +" + percent(policy.resident().criticalIllness().needyBonus()) + ", no cap)" : "")
                    + "; this claim is paid the year's entitlement less the " + year.criticalIllness() + " its claims were paid already"));
        }

        BigDecimal left = Money.atLeastZero(afterBasic.subtract(largeMedical).subtract(criticalIllness));
        BigDecimal assistance = assistance(insured, year, left);
        if (insured.needy() != null) {
            lines.add(new Explanation("assistance", assistance, "medical assistance (" + insured.needy() + ") on the in-scope burden left " + left));
        }

        BigDecimal allowance = Money.ZERO;
        if (maternityFund) {
            BigDecimal shareBefore = total.subtract(maternityShare).subtract(assistance);
            allowance = Money.min(policy.employee().maternity().prenatalAllowance(), shareBefore);
            lines.add(new Explanation("prenatalAllowance", allowance, "prenatal check allowance "
                    + policy.employee().maternity().prenatalAllowance() + " merged into the delivery settlement, never below a zero patient share"));
        }
        BigDecimal maternityTotal = maternityShare.add(allowance);
        BigDecimal personal = total.subtract(basic).subtract(largeMedical).subtract(criticalIllness).subtract(assistance).subtract(maternityTotal);
        lines.add(new Explanation("personal", personal, "total − basic pool − large medical − critical illness − assistance − maternity fund"));

        FundSplit split = new FundSplit(Money.fen(total), inScope, Money.fen(remoteFirstSelfPay), Money.fen(deductible), Money.fen(basic),
                Money.fen(largeMedical), Money.fen(criticalIllness), Money.fen(assistance), Money.fen(maternityTotal), Money.fen(personal));
        String catalogueVersion = catalogue.version().equals(policy.version()) ? null : catalogue.version();
        return new Settlement(policy.version(), catalogueVersion, split, lines,
                delta(claim, terms, basic, first.restPaid(), insured.category().scheme() == Scheme.RESIDENT, largeMedical, afterBasic,
                        criticalIllness, left, assistance),
                claim.items().stream().map(item -> inScope(item, classBSelfPay)).toList());
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

    /** The in-scope part of one line: all of class A, class B less its first self-pay, nothing of class C. */
    private static BigDecimal inScope(Claim.Line line, BigDecimal classBSelfPay) {
        return switch (line.catalogClass()) {
            case A -> line.amount();
            case B -> Money.fen(line.amount().multiply(BigDecimal.ONE.subtract(classBSelfPay)));
            case C -> Money.ZERO;
        };
    }

    /**
     * What the year's live claims were paid of marginal-needy assistance beyond what their burden entitles to; zero for
     * anyone else, whose assistance is a ratio of each claim's own burden.
     */
    public BigDecimal assistanceOverpaid(Insured insured, Accumulators year) {
        if (insured.needy() == null || insured.coreNeedy()) {
            return Money.ZERO;
        }
        return CumulativeScale.marginalAssistance(policy.medicalAssistance()).overpaid(year.assistanceBurden(), year.assistance());
    }

    /**
     * What the year's live claims were paid of critical illness beyond what their burden entitles to: what a reversal of
     * an earlier claim leaves with the later ones (POLICY.md, reversals). The year's next claims pay it off first.
     */
    public BigDecimal criticalIllnessOverpaid(Insured insured, Accumulators year) {
        if (insured.category().scheme() != Scheme.RESIDENT) {
            return Money.ZERO;
        }
        return criticalIllnessScale(insured).overpaid(year.criticalIllnessBurden(), year.criticalIllness());
    }

    /**
     * The first fund's payment, and the part of the amount it would have paid on that its cap left unpaid.
     *
     * @param restPaid the part of {@code paid} under the terms for the rest of the claim (see {@link BasicTerms#rest()})
     */
    private record FirstFund(BigDecimal paid, BigDecimal uncovered, String explanation, BigDecimal restPaid) {

        FirstFund(BigDecimal paid, BigDecimal uncovered, String explanation) {
            this(paid, uncovered, explanation, Money.ZERO);
        }
    }

    /** The drugs' part of the claim's base: their in-scope amount, less their share of the remote first self-pay. */
    /**
     * The drugs' share of {@code base}, pro rata to the items' in-scope parts. The items' parts are rounded one by one
     * and may add up to a fen more than the claim's in-scope, so they are also the denominator: the share never
     * exceeds the base.
     */
    private static BigDecimal drugBase(Claim claim, BigDecimal base, BigDecimal classBSelfPay) {
        BigDecimal drugsInScope = Money.ZERO;
        BigDecimal itemsInScope = Money.ZERO;
        for (Claim.Line item : claim.items()) {
            BigDecimal part = inScope(item, classBSelfPay);
            itemsInScope = itemsInScope.add(part);
            drugsInScope = item.category() == ItemCategory.DRUG ? drugsInScope.add(part) : drugsInScope;
        }
        return itemsInScope.signum() == 0 ? Money.ZERO
                : Money.fen(base.multiply(drugsInScope).divide(itemsInScope, MathContext.DECIMAL64));
    }

    private FirstFund firstFund(BasicTerms terms, BigDecimal eligible, BigDecimal base) {
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

    private CumulativeScale criticalIllnessScale(Insured insured) {
        return CumulativeScale.criticalIllness(policy.resident().criticalIllness(), insured.coreNeedy());
    }

    private BigDecimal ciDeductible(Insured insured) {
        return CumulativeScale.criticalIllnessDeductible(policy.resident().criticalIllness(), insured.coreNeedy());
    }

    private BigDecimal assistance(Insured insured, Accumulators year, BigDecimal left) {
        if (insured.needy() == null) {
            return Money.ZERO;
        }
        MedicalAssistance terms = policy.medicalAssistance();
        BigDecimal capLeft = Money.left(terms.annualCap(), year.assistance());
        BigDecimal owed = insured.coreNeedy()
                ? Money.fen(left.multiply(terms.coreRatio()))
                : CumulativeScale.marginalAssistance(terms).owed(year.assistanceBurden().add(left), year.assistance());
        return Money.min(Money.min(owed, capLeft), left);
    }

    /** @param restPaid the part of {@code basic} paid under the terms for the rest of the claim (general outpatient) */
    /**
     * @param resident whether critical illness applies: only a resident's burden counts towards it, so a person who
     *        leaves employment mid-year starts the resident year without the employee claims' burden
     */
    private static Accumulators delta(Claim claim, BasicTerms terms, BigDecimal basic, BigDecimal restPaid, boolean resident,
            BigDecimal largeMedical, BigDecimal afterBasic, BigDecimal criticalIllness, BigDecimal left, BigDecimal assistance) {
        Map<ChronicDisease, BigDecimal> chronic = terms.fund() == Fund.CHRONIC ? Map.of(terms.disease(), basic) : Map.of();
        boolean stay = claim.visitType() == VisitType.INPATIENT || claim.visitType() == VisitType.MATERNITY;
        BigDecimal own = basic.subtract(restPaid);
        return new Accumulators(
                terms.fund() == Fund.OUTPATIENT ? own : restPaid,
                terms.fund() == Fund.INPATIENT ? own : Money.ZERO,
                terms.fund() == Fund.TWO_DISEASE_DRUGS ? own : Money.ZERO,
                chronic, stay ? 1 : 0, largeMedical, resident ? afterBasic : Money.ZERO, criticalIllness, left, assistance,
                left.subtract(assistance), Money.ZERO);
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }
}
