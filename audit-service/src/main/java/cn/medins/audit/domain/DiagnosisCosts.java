package cn.medins.audit.domain;

import java.math.BigDecimal;

/**
 * Cost of the claims with one principal diagnosis category at one institution level: the institution's own and its
 * peers' (the other institutions of the level), both without the claim being judged.
 */
public record DiagnosisCosts(long institutionClaims, BigDecimal institutionTotal, long peerInstitutions, long peerClaims,
        BigDecimal peerTotal) {

    public static final DiagnosisCosts NONE = new DiagnosisCosts(0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);

    public BigDecimal peerMean() {
        return Money.mean(peerTotal, peerClaims);
    }

    /** The institution's mean once the claim of {@code amount} is counted in. */
    public BigDecimal institutionMeanWith(BigDecimal amount) {
        return Money.mean(institutionTotal.add(amount), institutionClaims + 1);
    }
}
