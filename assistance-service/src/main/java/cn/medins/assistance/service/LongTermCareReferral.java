package cn.medins.assistance.service;

import java.util.List;

import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.domain.LongTermCareReferralMatcher;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A stay that points to a need of long-term care opens a township case for the needs assessment. */
@ApplicationScoped
public class LongTermCareReferral implements ClaimMatcher {

    private final DecisionLog decisionLog;
    private final CaseOpening cases;

    public LongTermCareReferral(DecisionLog decisionLog, CaseOpening cases) {
        this.decisionLog = decisionLog;
        this.cases = cases;
    }

    @Override
    public Uni<Void> onClaim(ClaimFacts claim, Person person, List<NeedyPeriodEntity> registered) {
        return LongTermCareReferralMatcher.match(claim)
                .map(decision -> decisionLog.record(decision, person).chain(recorded -> recorded == null
                        ? Uni.createFrom().voidItem()
                        : cases.open(recorded, "long-term-care needs assessment").chain(() -> decisionLog.announce(recorded))))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }
}
