package cn.medins.audit;

import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.inject.Inject;

/** What the audit's integration tests share: settlement's side of the events, and the steps built on it. */
abstract class AuditIntegrationBase {

    @Inject
    ObjectMapper mapper;

    Settlements settlement;
    AuditScenarios scenarios;

    @BeforeEach
    void connectSettlement() {
        settlement = new Settlements(mapper);
        scenarios = new AuditScenarios(settlement);
    }
}
