package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.assistance.domain.TownshipReview.Reviewed;

class TownshipReviewTest {

    @Test
    void eachApprovalMovesAnOpenCaseOneStageOnAndTheLastCompletesIt() {
        assertThat(TownshipReview.after(CaseStatus.INITIAL_REVIEW, ReviewDecision.APPROVE)).isEqualTo(CaseStatus.RECHECK);
        assertThat(TownshipReview.after(CaseStatus.RECHECK, ReviewDecision.APPROVE)).isEqualTo(CaseStatus.DISBURSEMENT);
        assertThat(TownshipReview.after(CaseStatus.DISBURSEMENT, ReviewDecision.APPROVE)).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void aRejectionAtAnyOpenStageEndsTheCase() {
        for (CaseStatus stage : List.of(CaseStatus.INITIAL_REVIEW, CaseStatus.RECHECK, CaseStatus.DISBURSEMENT)) {
            assertThat(TownshipReview.after(stage, ReviewDecision.REJECT)).isEqualTo(CaseStatus.REJECTED);
        }
    }

    @Test
    void aClosedCaseIsRefusedAsCaseClosedEvenForANewReviewer() {
        assertThat(TownshipReview.refusal("c-1", CaseStatus.COMPLETED, List.of(), "staff-4"))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.type()).isEqualTo("case-closed");
                    assertThat(refusal.detail()).isEqualTo("case c-1 is COMPLETED and takes no more reviews");
                });
        assertThatThrownBy(() -> TownshipReview.after(CaseStatus.REJECTED, ReviewDecision.APPROVE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void someoneWhoReviewedAnEarlierStageIsRefusedAsSameReviewerNamingThatStage() {
        List<Reviewed> earlier = List.of(new Reviewed(CaseStatus.INITIAL_REVIEW, "王科员"), new Reviewed(CaseStatus.RECHECK, "李科长"));
        assertThat(TownshipReview.refusal("c-1", CaseStatus.DISBURSEMENT, earlier, "王科员")).hasValueSatisfying(refusal -> {
            assertThat(refusal.type()).isEqualTo("same-reviewer");
            assertThat(refusal.detail()).startsWith("王科员 reviewed case c-1 at INITIAL_REVIEW already; DISBURSEMENT needs another person");
        });
        assertThat(TownshipReview.refusal("c-1", CaseStatus.DISBURSEMENT, earlier, "赵主任")).isEmpty();
    }

    @Test
    void onlyApprovingTheDisbursementStageDisburses() {
        assertThat(TownshipReview.disburses(CaseStatus.DISBURSEMENT, ReviewDecision.APPROVE)).isTrue();
        assertThat(TownshipReview.disburses(CaseStatus.DISBURSEMENT, ReviewDecision.REJECT)).isFalse();
        assertThat(TownshipReview.disburses(CaseStatus.RECHECK, ReviewDecision.APPROVE)).isFalse();
    }
}
