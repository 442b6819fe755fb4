package cn.medins.settlement.domain;

import java.math.BigDecimal;

/** The prenatal check allowance, merged into a delivery's maternity-fund settlement, never below a zero patient share. */
final class PrenatalAllowanceLayer implements FundLayer {

    @Override
    public void rate(Rating r) {
        if (!r.maternityFund) {
            return;
        }
        BigDecimal allowance = r.policy.employee().maternity().prenatalAllowance();
        BigDecimal shareBefore = r.total.subtract(r.maternityShare).subtract(r.assistance);
        r.allowance = Money.min(allowance, shareBefore);
        r.explain("prenatalAllowance", r.allowance, "prenatal check allowance " + allowance
                + " merged into the delivery settlement, never below a zero patient share");
    }
}
