package cn.medins.assistance.service;

import java.util.List;

import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.domain.MaternityAllowanceMatcher;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The maternity allowance of an employee's delivery, on the employer wage HR reported, paid to the registered account;
 * without a wage it goes to a township case for a caseworker to complete.
 */
@ApplicationScoped
public class MaternityAllowance implements ClaimMatcher {

    private final EmploymentWages wages;
    private final PolicyFigures figures;
    private final DecisionLog decisionLog;
    private final Payouts payouts;
    private final CaseOpening cases;

    public MaternityAllowance(EmploymentWages wages, PolicyFigures figures, DecisionLog decisionLog, Payouts payouts,
            CaseOpening cases) {
        this.wages = wages;
        this.figures = figures;
        this.decisionLog = decisionLog;
        this.payouts = payouts;
        this.cases = cases;
    }

    @Override
    public Uni<Void> onClaim(ClaimFacts claim, Person person, List<NeedyPeriodEntity> registered) {
        if (!MaternityAllowanceMatcher.mayAllow(claim)) {
            return Uni.createFrom().voidItem();
        }
        return figures.withFiguresOf(claim, policy -> wages.of(claim.idNumber())
                .map(wage -> MaternityAllowanceMatcher.match(claim, wage == null ? null
                        : new MaternityAllowanceMatcher.Wage(wage.eventId, wage.averageMonthlyWage), policy))
                .chain(decision -> decision.map(found -> decisionLog.record(found, person).chain(recorded -> {
                    if (recorded == null) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<?> settled = recorded.amount() == null
                            ? cases.open(recorded, "employer average monthly wage unknown")
                            : payouts.pay(recorded);
                    return settled.chain(() -> decisionLog.announce(recorded));
                })).orElseGet(() -> Uni.createFrom().voidItem())));
    }

    @Override
    public boolean appliesPolicyFigures() {
        return true;
    }
}
