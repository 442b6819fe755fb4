package cn.medins.assistance.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.medins.assistance.domain.ChronicDiseaseMatcher;
import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.repository.InsuredPerson;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.reactive.InTurn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Chronic-disease recognition from the person's visits of the twelve months around the claim. */
@ApplicationScoped
public class ChronicDiseaseRecognition implements ClaimMatcher {

    private final ClaimProjection claims;
    private final InsuredDirectory directory;
    private final DecisionLog decisionLog;

    public ChronicDiseaseRecognition(ClaimProjection claims, InsuredDirectory directory, DecisionLog decisionLog) {
        this.claims = claims;
        this.directory = directory;
        this.decisionLog = decisionLog;
    }

    @Override
    public Uni<Void> onClaim(ClaimFacts claim, Person person, List<NeedyPeriodEntity> registered) {
        if (!ChronicDiseaseMatcher.mayRecognise(claim)) {
            return Uni.createFrom().voidItem();
        }
        LocalDate date = claim.serviceDate();
        return directory.byInsuredId(claim.insuredId())
                .chain(insured -> claims.ofPerson(claim.insuredId(), claim.idNumber(), date.minusMonths(12), date.plusMonths(12))
                        .map(history -> ChronicDiseaseMatcher.match(claim, history, qualified(insured))))
                .chain(decisions -> InTurn.each(decisions, decision -> decisionLog.record(decision, person)
                        .chain(recorded -> recorded == null ? Uni.createFrom().voidItem() : decisionLog.announce(recorded))));
    }

    private static Set<ChronicDisease> qualified(InsuredPerson insured) {
        Set<ChronicDisease> diseases = EnumSet.noneOf(ChronicDisease.class);
        if (insured != null) {
            for (ChronicDisease disease : ChronicDisease.values()) {
                if (insured.isQualifiedFor(disease.name())) {
                    diseases.add(disease);
                }
            }
        }
        return diseases;
    }
}
