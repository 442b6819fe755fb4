package cn.medins.audit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.inject.Inject;

import cn.medins.testing.ExactMoney;

/** What the audit's integration tests share: settlement's side of the events, and the steps built on it. */
abstract class AuditIntegrationBase {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

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
