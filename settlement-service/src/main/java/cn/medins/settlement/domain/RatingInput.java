package cn.medins.settlement.domain;

/**
 * What the calculator saw when it rated a claim: the person as covered on the service date and the claim. Stored with
 * each settlement so that a policy draft can be replayed over the claims of a period exactly as they were rated.
 */
public record RatingInput(Insured insured, Claim claim) {
}
