package cn.medins.audit.service;

import java.util.List;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.PatientFacts;
import cn.medins.audit.domain.RuleEngine;
import cn.medins.audit.domain.Verdict;
import cn.medins.audit.repository.BilledClaimRepository;
import cn.medins.audit.repository.HistoryRepository;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.Sex;
import cn.medins.rest.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 诊间审核: judges a claim at the counter against the stored history, read-only (a session, no transaction), so that
 * checking a claim leaves no trace and costs a handful of indexed reads.
 */
@ApplicationScoped
public class PreCheckService {

    public record PreCheckResult(Verdict verdict, List<Finding> findings) {
    }

    private final RuleEngine engine;
    private final HistoryRepository histories;
    private final BilledClaimRepository claims;

    public PreCheckService(RuleEngine engine, HistoryRepository histories, BilledClaimRepository claims) {
        this.engine = engine;
        this.histories = histories;
        this.claims = claims;
    }

    /** Judges a claim that passed {@link cn.medins.rest.ClaimRequestChecks}, as the resource makes sure. */
    @WithSession
    public Uni<PreCheckResult> check(ClaimRequest request) {
        return knownPatient(request).chain(patient -> {
            ClaimFacts claim = ClaimFacts.fromRequest(request, patient);
            return histories.historyFor(List.of(claim), engine.lookbackDays())
                    .map(history -> engine.atTheCounter(engine.evaluate(claim, history)))
                    .map(findings -> new PreCheckResult(Verdict.of(findings), findings));
        });
    }

    /** A claim without an ID number says nothing of sex and age: the person's last settled claim does. */
    private Uni<PatientFacts> knownPatient(ClaimRequest request) {
        if (request.idNumber() != null || request.insuredId() == null) {
            return Uni.createFrom().item(PatientFacts.UNKNOWN);
        }
        return claims.latestOf(request.insuredId()).map(last -> {
            if (last == null) {
                return PatientFacts.UNKNOWN;
            }
            return new PatientFacts(last.sex == null ? null : Sex.valueOf(last.sex), last.birthDate);
        });
    }
}
