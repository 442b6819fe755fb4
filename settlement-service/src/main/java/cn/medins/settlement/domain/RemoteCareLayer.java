package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Rating.percent;

import cn.medins.contracts.coverage.VisitType;

/**
 * Remote care (异地就医): the insured region's first self-pay share of in-scope, and ratios cut for a patient treated
 * elsewhere without a remote-care registration (maternity inside the province needs none).
 */
final class RemoteCareLayer implements FundLayer {

    @Override
    public void rate(Rating r) {
        if (!r.remote) {
            r.base = r.inScope;
            return;
        }
        r.remoteFirstSelfPay = Money.fen(r.inScope.multiply(r.policy.remoteCare().firstSelfPayRatio()));
        boolean maternityInProvince = r.claim.visitType() == VisitType.MATERNITY
                && r.claim.institutionRegionCode().regionMatches(0, r.insured.regionCode(), 0, 2);
        boolean penalised = !r.insured.remoteCareRegistered() && !maternityInProvince;
        if (penalised) {
            r.ratioCut = r.policy.remoteCare().unregisteredRatioCut();
        }
        r.explain("remoteFirstSelfPay", r.remoteFirstSelfPay, "remote care in " + r.claim.institutionRegionCode() + ": "
                + percent(r.policy.remoteCare().firstSelfPayRatio()) + " of in-scope borne personally"
                + (penalised ? "; no remote-care registration: ratios " + percent(r.ratioCut) + " lower"
                        : r.insured.remoteCareRegistered() ? "; registered" : "; maternity inside the province needs no registration"));
        r.base = r.inScope.subtract(r.remoteFirstSelfPay);
    }
}
