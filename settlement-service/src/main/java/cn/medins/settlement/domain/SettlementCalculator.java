package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.domain.BasicTerms.Fund;
import cn.medins.settlement.domain.policy.Policy;

/**
 * Splits one claim across the funds in the order of POLICY.md, given the person's totals for the year before it.
 * Pure: the same inputs always give the same split, and nothing is remembered between calls.
 */
public final class SettlementCalculator {

    /** The fund layers in the order of POLICY.md; each reads what those before it found. */
    static final List<FundLayer> LAYERS = List.of(new InScopeLayer(), new RemoteCareLayer(), new BasicPoolLayer(),
            new LargeMedicalLayer(), new CriticalIllnessLayer(), new AssistanceLayer(), new PrenatalAllowanceLayer(),
            new PatientShareLayer());

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
        Rating r = new Rating(policy, benefits, insured, claim, year, catalogue);
        for (FundLayer layer : LAYERS) {
            layer.rate(r);
        }
        FundSplit split = new FundSplit(Money.fen(r.total), r.inScope, Money.fen(r.remoteFirstSelfPay), Money.fen(r.deductible),
                Money.fen(r.basic), Money.fen(r.largeMedical), Money.fen(r.criticalIllness), Money.fen(r.assistance),
                Money.fen(r.maternityShare.add(r.allowance)), Money.fen(r.personal));
        String catalogueVersion = catalogue.version().equals(policy.version()) ? null : catalogue.version();
        return new Settlement(policy.version(), catalogueVersion, split, r.lines, delta(r),
                claim.items().stream().map(item -> InScopeLayer.inScope(item, catalogue.classBSelfPayRatio())).toList());
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
        return CriticalIllnessLayer.scale(policy, insured).overpaid(year.criticalIllnessBurden(), year.criticalIllness());
    }

    /**
     * What the claim adds to the person's year. Only a resident's burden counts towards critical illness, so a person
     * who leaves employment mid-year starts the resident year without the employee claims' burden.
     */
    private static Accumulators delta(Rating r) {
        BasicTerms terms = r.terms;
        Map<ChronicDisease, BigDecimal> chronic = terms.fund() == Fund.CHRONIC ? Map.of(terms.disease(), r.basic) : Map.of();
        boolean stay = r.claim.visitType() == VisitType.INPATIENT || r.claim.visitType() == VisitType.MATERNITY;
        boolean resident = r.insured.category().scheme() == Scheme.RESIDENT;
        BigDecimal own = r.basic.subtract(r.restPaid);
        return new Accumulators(
                terms.fund() == Fund.OUTPATIENT ? own : r.restPaid,
                terms.fund() == Fund.INPATIENT ? own : Money.ZERO,
                terms.fund() == Fund.TWO_DISEASE_DRUGS ? own : Money.ZERO,
                chronic, stay ? 1 : 0, r.largeMedical, resident ? r.afterBasic : Money.ZERO, r.criticalIllness, r.left, r.assistance,
                r.left.subtract(r.assistance), Money.ZERO);
    }
}
