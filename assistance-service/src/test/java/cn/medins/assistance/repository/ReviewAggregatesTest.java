package cn.medins.assistance.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.assistance.domain.AdjudicationNeed;
import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.CaseStatus;
import cn.medins.assistance.domain.Decision;
import cn.medins.assistance.domain.ReviewDecision;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.rest.ProblemException;

/** The entities of township review and payment keep their own rules, without a database. */
class ReviewAggregatesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-05-02T10:15:00+08:00");

    private static BenefitDecision allowance(String amount) {
        Decision decision = new Decision(BenefitKind.MATERNITY_ALLOWANCE, "key-1", amount == null ? null : new BigDecimal(amount),
                Map.of(), List.of(), List.of());
        return BenefitDecision.granted(decision, "371602199203031228", "P1", AT, value -> "[]");
    }

    private static NeedyPerson account() {
        NeedyPerson person = new NeedyPerson();
        person.bank = "农商银行";
        person.accountNo = "6228000000000017";
        person.holder = "赵大勇";
        return person;
    }

    @Test
    void aCaseOpensAtInitialReviewShowingTheDecisionsAmount() {
        ReviewCase opened = ReviewCase.open(allowance("21233.33"), "wage unknown", AT);
        assertThat(opened.status()).isEqualTo(CaseStatus.INITIAL_REVIEW);
        assertThat(opened.amount()).isEqualByComparingTo("21233.33");
        assertThat(opened.openedAt()).isEqualTo(opened.updatedAt()).isEqualTo(AT);
    }

    @Test
    void aCaseRefusesAReviewerOfAnEarlierStageWith409AndAClosedCaseAnyReviewer() {
        ReviewCase reviewed = ReviewCase.open(allowance(null), "wage unknown", AT);
        CaseStatus stage = reviewed.admit("staff-1", List.of());
        reviewed.decide(ReviewDecision.APPROVE, AT.plusHours(1));
        List<CaseReview> earlier = List.of(CaseReview.of(reviewed, stage, ReviewDecision.APPROVE, null, "staff-1"));

        assertThatThrownBy(() -> reviewed.admit("staff-1", earlier)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("staff-1 reviewed case");
        assertThat(reviewed.admit("staff-2", earlier)).isEqualTo(CaseStatus.RECHECK);
        reviewed.decide(ReviewDecision.REJECT, AT.plusHours(2));
        assertThatThrownBy(() -> reviewed.admit("staff-3", earlier)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("takes no more reviews");
        assertThat(reviewed.updatedAt()).isEqualTo(AT.plusHours(2));
    }

    @Test
    void aPaymentIsSentOrHeldOnceAndOnlyAHeldOneIsReleasedOrRejected() {
        Payment sent = Payment.of(allowance("100.00"), account(), AT);
        assertThat(sent.reference()).isEqualTo("MA-" + sent.decisionId());
        sent.instruct();
        assertThat(sent.status()).isEqualTo(Payment.Status.INSTRUCTED);
        assertThatThrownBy(sent::instruct).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(sent::reject).isInstanceOf(IllegalStateException.class);

        Payment held = Payment.of(allowance("100.00"), account(), AT);
        held.hold(java.util.UUID.randomUUID(), "above the limit");
        held.release("工商银行", "6222000000009999", "赵大勇");
        assertThat(held.status()).isEqualTo(Payment.Status.INSTRUCTED);
        assertThat(held.accountNo()).isEqualTo("6222000000009999");
    }

    @Test
    void aDecisionHeldForReviewIsPaidOrRejectedAndARejectedOneIsNeverPaid() {
        BenefitDecision decision = allowance("100.00");
        decision.holdForReview();
        assertThat(decision.status()).isEqualTo(BenefitDecision.Status.IN_REVIEW);
        decision.caseRejected();
        assertThat(decision.status()).isEqualTo(BenefitDecision.Status.REJECTED);
        assertThatThrownBy(decision::markPaid).isInstanceOf(IllegalStateException.class);

        BenefitDecision paid = allowance("100.00");
        paid.markPaid();
        assertThatThrownBy(paid::reject).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRejectedCaseLeavesADecisionGrantedRegardlessOfItAsItWas() {
        BenefitDecision referral = allowance(null);
        referral.caseRejected();
        assertThat(referral.status()).isEqualTo(BenefitDecision.Status.GRANTED);
    }

    @Test
    void aPaymentReviewDecisionIsInReviewWithTheAmountItHolds() {
        BenefitDecision paying = allowance("98000.00");
        BenefitDecision review = BenefitDecision.reviewOfPayment(paying, "{}", AT);
        assertThat(review.kind()).isEqualTo(BenefitKind.PAYMENT_REVIEW);
        assertThat(review.status()).isEqualTo(BenefitDecision.Status.IN_REVIEW);
        assertThat(review.amount()).isEqualByComparingTo("98000.00");
        assertThat(review.decisionKey()).isEqualTo("PAYMENT_REVIEW|" + paying.decisionId());
    }

    @Test
    void anAdjudicationRequestIsAnsweredOnce() {
        AdjudicationNeed need = new AdjudicationNeed(AdjudicationKind.RETROACTIVE, "k", NeedyCategory.LOW_INCOME, 2026,
                List.of("S-1", "S-2"), List.of());
        AdjudicationRequest request = AdjudicationRequest.of(need, "371602199203031228", null, "[]", AT);
        assertThat(request.settlementIds()).containsExactly("S-1", "S-2");
        request.answer(new BigDecimal("9439.50"), AT.plusDays(1));
        assertThat(request.isAnswered()).isTrue();
        assertThatThrownBy(() -> request.answer(BigDecimal.ONE, AT)).isInstanceOf(IllegalStateException.class);
    }
}
