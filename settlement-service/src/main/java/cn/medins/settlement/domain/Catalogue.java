package cn.medins.settlement.domain;

import java.math.BigDecimal;

import cn.medins.settlement.domain.policy.Policy;

/**
 * The catalogue policy (目录政策) a claim's items are rated with, taken from one region's policy version. Of a policy
 * document only {@link Policy#classBSelfPayRatio()} is catalogue policy: what share of a class B item is in scope
 * depends on the catalogue of the region that treated the patient (就医地目录), while every other figure (deductibles,
 * ratios, caps, the remote-care first self-pay and ratio cut, the prenatal allowance, critical illness and
 * assistance) is the payment policy of the insured's region (参保地政策). The items' classes A/B/C are the treating
 * institution's, sent with the claim as its region's catalogue classifies them.
 *
 * @param regionCode the region whose catalogue it is
 * @param version the policy version it is taken from
 * @param classBSelfPayRatio the first self-pay share of class B items (乙类先行自付比例)
 */
public record Catalogue(String regionCode, String version, BigDecimal classBSelfPayRatio) {

    public static Catalogue of(Policy policy) {
        return new Catalogue(policy.regionCode(), policy.version(), policy.classBSelfPayRatio());
    }
}
