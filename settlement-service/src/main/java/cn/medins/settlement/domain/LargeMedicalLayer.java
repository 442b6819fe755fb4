package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Rating.percent;

import cn.medins.contracts.coverage.Scheme;

/** 职工大额医疗: once an employee's basic annual cap is used up, a share of what the basic pool would have paid on. */
final class LargeMedicalLayer implements FundLayer {

    @Override
    public void rate(Rating r) {
        if (r.insured.category().scheme() != Scheme.EMPLOYEE || !r.terms.fund().sharesInpatientCap() || r.uncovered.signum() <= 0) {
            return;
        }
        var employee = r.policy.employee();
        r.largeMedical = Money.fen(Money.min(r.uncovered.multiply(employee.largeMedicalRatio()),
                Money.left(employee.largeMedicalAnnualCap(), r.year.largeMedical())));
        r.explain("largeMedical", r.largeMedical, "basic annual cap used up: " + percent(employee.largeMedicalRatio())
                + " of the " + Money.fen(r.uncovered) + " the basic pool would otherwise have paid on");
    }
}
