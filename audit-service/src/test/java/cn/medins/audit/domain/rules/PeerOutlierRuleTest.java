package cn.medins.audit.domain.rules;

import static cn.medins.audit.domain.ClaimBuilder.claim;
import static cn.medins.audit.domain.RuleTesting.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.InMemoryHistory;
import cn.medins.audit.domain.InMemoryHistory.CostTotal;

class PeerOutlierRuleTest {

    /** Three peers, twelve claims of I63 at level 3, mean 10,000; H1 billed twice before at 25,000. */
    private static InMemoryHistory peers(int peerInstitutions) {
        InMemoryHistory history = new InMemoryHistory();
        for (int i = 0; i < peerInstitutions; i++) {
            history.addCost("I63", 3, "PEER" + i, new CostTotal(4, new BigDecimal("40000")));
        }
        return history.addCost("I63", 3, "H1", new CostTotal(2, new BigDecimal("50000")));
    }

    private static ClaimFacts stroke(String amount) {
        return claim().at("H1").diagnosis("I63.9").drug("XB01", "1", amount).build();
    }

    @Test
    void aClaimAndAnInstitutionAboveTwiceThePeerMeanAreFlaggedForTheExcess() {
        assertThat(evaluate("PEER_OUTLIER", stroke("26000"), peers(3))).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualByComparingTo("16000.00");
            assertThat(f.evidence()).containsEntry("peerInstitutions", 3L);
        });
    }

    @Test
    void aClaimAtTwiceThePeerMeanIsNotFlagged() {
        assertThat(evaluate("PEER_OUTLIER", stroke("20000"), peers(3))).isEmpty();
    }

    @Test
    void tooFewPeersCompareWithNothing() {
        assertThat(evaluate("PEER_OUTLIER", stroke("26000"), peers(2))).isEmpty();
    }

    @Test
    void peersOfAnotherLevelAreNoPeers() {
        ClaimFacts levelTwo = claim().at("H1").level(2).diagnosis("I63.9").drug("XB01", "1", "26000").build();

        assertThat(evaluate("PEER_OUTLIER", levelTwo, peers(3))).isEmpty();
    }
}
