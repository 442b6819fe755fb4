package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.assistance.AssistanceEvents.AssistanceAdjudicationRequested;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.AssistanceAdjudicator;
import cn.medins.settlement.domain.AssistanceAdjudicator.Adjudication;
import cn.medins.settlement.domain.AssistanceAdjudicator.SettledClaim;
import cn.medins.settlement.domain.Insured;
import cn.medins.settlement.domain.Settlement;
import cn.medins.settlement.domain.SettlementCalculator;
import cn.medins.settlement.repository.PolicyRecord;
import cn.medins.settlement.repository.SettlementRecord;
import cn.medins.testing.PactMessages;
import cn.medins.testing.PactProviderVerification;

/**
 * Settlement's events against every pact its consumers wrote in {@code pacts/}: each event is built by the code that
 * builds it for the outbox (the calculator, {@link ClaimMapping}), from a claim as a hospital sends it.
 */
@Provider("settlement-service")
@PactFolder("../pacts")
class SettlementEventsPactVerificationTest extends PactProviderVerification {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final SettlementCalculator CALCULATOR =
            new SettlementCalculator(PolicyFiles.readResource("policies/371600-2026.json"));
    private static final String PERSON = """
            {"insuredId":"P000000000001","idNumber":"371602199001011221","name":"李娜","sex":"F","birthDate":"1990-01-01",
             "enrolments":[{"enrolmentId":"E1","scheme":"RESIDENT","category":"ADULT","regionCode":"371600",
                            "status":"ACTIVE","validFrom":"2026-01-01","source":"request:1"}],
             "qualifications":[],"remoteCareRegistrations":[]}""";
    private static final String CLAIM = """
            {"requestId":"H3716001-20260402-000017","idNumber":"371602199001011221","institutionId":"H3716001",
             "institutionLevel":3,"institutionRegionCode":"371602","visitType":"INPATIENT","admissionDate":"2026-04-01",
             "dischargeDate":"2026-04-06","diagnoses":[{"code":"I63.9","principal":true}],
             "items":[{"code":"XB01AC06","name":"阿司匹林肠溶片","catalogClass":"A","category":"DRUG","quantity":2,
                       "unitPrice":15.50,"traceCodes":["83123450000000000001","83123450000000000002"]}]}""";

    @PactVerifyProvider("settlement.ClaimSettled.v1")
    MessageAndMetadata claimSettled() throws JsonProcessingException {
        return PactMessages.published(SettlementEvents.CLAIM_SETTLED, settledClaim());
    }

    @PactVerifyProvider("settlement.SettlementReversed.v1")
    MessageAndMetadata settlementReversed() throws JsonProcessingException {
        ClaimSettled settled = settledClaim();
        SettlementRecord reversed = new SettlementRecord();
        reversed.settlementId = settled.settlementId();
        reversed.requestId = settled.requestId();
        reversed.insuredId = settled.patient().insuredId();
        reversed.institutionId = settled.institutionId();
        reversed.serviceDate = settled.dischargeDate();
        reversed.setSplit(settled.split());
        reversed.reversedAt = OffsetDateTime.now();
        reversed.reversalReason = "billing error";
        return PactMessages.published(SettlementEvents.SETTLEMENT_REVERSED, ClaimMapping.settlementReversed(reversed));
    }

    @PactVerifyProvider("settlement.AssistanceAdjudicated.v1")
    MessageAndMetadata assistanceAdjudicated() throws JsonProcessingException {
        ClaimSettled settled = settledClaim();
        SettlementRecord first = new SettlementRecord();
        first.insuredId = settled.patient().insuredId();
        first.idNumber = settled.patient().idNumber();
        AssistanceAdjudicationRequested request = new AssistanceAdjudicationRequested("A-1", AdjudicationKind.RETROACTIVE,
                first.idNumber, first.insuredId, NeedyCategory.LOW_INCOME, 2026, List.of(settled.settlementId()), "grant");
        Adjudication adjudication = new AssistanceAdjudicator(CALCULATOR.policy()).retroactive(
                NeedyCategory.LOW_INCOME, List.of(new SettledClaim(settled.settlementId(), new BigDecimal("24600.00"), BigDecimal.ZERO,
                        new BigDecimal("5760.00"), BigDecimal.ZERO, true)), Accumulators.NONE);
        return PactMessages.published(SettlementEvents.ASSISTANCE_ADJUDICATED,
                AdjudicationService.answerOf(request, first, adjudication, settled.policyVersion()));
    }

    @PactVerifyProvider("settlement.PolicyActivated.v1")
    MessageAndMetadata policyActivated() throws JsonProcessingException {
        PolicyRecord record = PolicyRecord.draft("9b0c8f0e-3f7a-4a53-9d1e-2f6c1b7f0a11", "371600", 2026, "371600-2026.1",
                java.time.LocalDate.of(2026, 1, 1), PolicyFiles.write(CALCULATOR.policy()), "seed", OffsetDateTime.now());
        record.activate(1, "seed", OffsetDateTime.now());
        return PactMessages.published(SettlementEvents.POLICY_ACTIVATED, PolicyAnnouncement.of(record, CALCULATOR.policy()));
    }

    private static ClaimSettled settledClaim() throws JsonProcessingException {
        PersonSnapshot person = JSON.readValue(PERSON, PersonSnapshot.class);
        ClaimRequest request = JSON.readValue(CLAIM, ClaimRequest.class);
        Enrolment enrolment = person.enrolments().get(0);
        Eligible eligible = new Eligible(person, enrolment, null,
                new Insured(enrolment.category(), enrolment.regionCode(), null, Set.of(), false));
        Settlement settlement = CALCULATOR.settle(eligible.insured(), ClaimMapping.toClaim(request), Accumulators.NONE);
        return ClaimMapping.claimSettled("S-1", request, eligible, settlement, OffsetDateTime.now());
    }
}
