package cn.medins.settlement.service;

import java.time.LocalDate;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.rest.FieldError;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.config.ActivePolicies;
import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.Claim;
import cn.medins.settlement.domain.Insured;
import cn.medins.settlement.domain.PolicyCatalog;
import cn.medins.settlement.domain.PolicyRefusal;
import cn.medins.settlement.domain.Settlement;
import cn.medins.settlement.domain.SettlementCalculator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rates claims and years with the policy catalogue in force, turning the calculator's refusals into 422 problems that
 * name the field: preview, settlement and the accumulators' overpayment figures rate the same way.
 */
@ApplicationScoped
class SettlementRating {

    private final ActivePolicies policies;

    SettlementRating(ActivePolicies policies) {
        this.policies = policies;
    }

    Settlement rate(Eligible eligible, ClaimRequest request, Claim claim, Accumulators year) {
        // one snapshot for both regions: an activation in between must not pair a new payment policy with an old catalogue
        PolicyCatalog catalog = policies.current();
        SettlementCalculator calculator = calculator(catalog, eligible.enrolment().regionCode(), request);
        try {
            return catalog.rate(calculator, eligible.insured(), claim, year);
        } catch (PolicyRefusal refusal) {
            throw ProblemException.unprocessable("policy-refusal", refusal.getMessage(), new FieldError(refusal.field(), refusal.getMessage()));
        }
    }

    private static SettlementCalculator calculator(PolicyCatalog catalog, String region, ClaimRequest request) {
        return catalog.calculator(region, request.serviceDate())
                .orElseThrow(() -> ProblemException.unprocessable("no-policy", "no policy of region " + region + " in force on "
                        + request.serviceDate(), new FieldError(request.dischargeDate() != null ? "$.dischargeDate" : "$.admissionDate",
                                "no policy in force for the person's region on the service date")));
    }

    /** What the year's live claims were paid beyond what their burden entitles to, rated as of {@code asOf}. */
    AccumulatorsView.Overpaid overpaid(Insured insured, LocalDate asOf, Accumulators totals) {
        SettlementCalculator calculator = insured == null ? null
                : policies.current().calculator(insured.regionCode(), asOf).orElse(null);
        return calculator == null ? AccumulatorsView.Overpaid.NONE
                : new AccumulatorsView.Overpaid(calculator.criticalIllnessOverpaid(insured, totals),
                        calculator.assistanceOverpaid(insured, totals));
    }
}
