package cn.medins.assistance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import cn.medins.assistance.domain.AdjudicationNeed;
import cn.medins.assistance.domain.ChronicDiseaseMatcher;
import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.domain.Claims;
import cn.medins.assistance.domain.Decision;
import cn.medins.assistance.domain.NeedyGrant;
import cn.medins.assistance.domain.NeedyPeriod;
import cn.medins.assistance.domain.NeedyPeriods;
import cn.medins.assistance.domain.PremiumSubsidyMatcher;
import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.contracts.partner.AssistanceStatusChange.Action;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.testing.PactMessages;
import cn.medins.testing.PactProviderVerification;

/**
 * Assistance's events against every pact its consumers wrote in {@code pacts/}: a civil-affairs grant turned into a
 * needy period and announced by {@link NeedyRegistryService}, and a request to adjudicate by {@link AdjudicationService}.
 */
@Provider("assistance-service")
@PactFolder("../pacts")
class AssistanceEventsPactVerificationTest extends PactProviderVerification {

    private static final String ID_NUMBER = "371602196505051231";

    /** A revocation: it carries every field a grant does, and the end of the period as well. */
    @PactVerifyProvider("assistance.NeedyStatusChanged.v1")
    MessageAndMetadata needyStatusChanged() {
        NeedyPeriod granted = NeedyPeriods.grant(List.of(), NeedyCategory.LOW_INCOME, LocalDate.of(2026, 1, 1), null);
        AssistanceStatusChange revocation = new AssistanceStatusChange(ID_NUMBER, "赵大勇", "371600", NeedyCategory.LOW_INCOME,
                Action.REVOKED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null);
        NeedyPeriod revoked = NeedyPeriods.revoke(List.of(granted), revocation.category(), revocation.validFrom(),
                revocation.validTo()).orElseThrow(() -> new AssertionError("the granted period runs on the revocation date"));
        NeedyPeriodEntity period = new NeedyPeriodEntity();
        period.category = revoked.category();
        period.validFrom = revoked.validFrom();
        period.validTo = revoked.validTo();
        return PactMessages.published(AssistanceEvents.NEEDY_STATUS_CHANGED, NeedyRegistryService.statusChanged(revocation,
                period, "P000000000002", "partner.civil-affairs.assistance-status-0-9"));
    }

    @PactVerifyProvider("assistance.PremiumSubsidyGranted.v1")
    MessageAndMetadata premiumSubsidyGranted() {
        NeedyGrant grant = new NeedyGrant("partner.civil-affairs.assistance-status-0-7", ID_NUMBER, NeedyCategory.LOW_INCOME,
                LocalDate.of(2026, 1, 1), null);
        Decision decision = PremiumSubsidyMatcher.match(grant, Scheme.RESIDENT, LocalDate.of(2026, 1, 2), Claims.policy())
                .orElseThrow(() -> new AssertionError("a low-income resident is subsidised"));
        BenefitDecision recorded = BenefitDecision.granted(decision, ID_NUMBER, "P000000000002", OffsetDateTime.now(),
                value -> "{}");
        return PactMessages.published(AssistanceEvents.PREMIUM_SUBSIDY_GRANTED,
                NeedyMatching.subsidyGranted(recorded, decision, grant, new Person(ID_NUMBER, "P000000000002")));
    }

    @PactVerifyProvider("assistance.BenefitGranted.v1")
    MessageAndMetadata chronicDiseaseRecognised() {
        ClaimFacts stay = Claims.claim("S-1").stay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9),
                new Diagnosis("E11.9", true)).facts();
        Decision recognition = ChronicDiseaseMatcher.match(stay, List.of(), Set.of()).get(0);
        DecisionLog log = new DecisionLog(null, null, new JsonText(new ObjectMapper().findAndRegisterModules()),
                Clock.systemUTC());
        BenefitDecision recorded = log.rowOf(recognition, new Person(ID_NUMBER, "P000000000002"));
        return PactMessages.published(AssistanceEvents.BENEFIT_GRANTED, log.granted(recorded));
    }

    @PactVerifyProvider("assistance.AssistanceAdjudicationRequested.v1")
    MessageAndMetadata adjudicationRequested() {
        AdjudicationNeed need = new AdjudicationNeed(AdjudicationKind.RETROACTIVE, ID_NUMBER + "|LOW_INCOME|2026-01-01|2026",
                NeedyCategory.LOW_INCOME, 2026, List.of("S-1"), List.of());
        return PactMessages.published(AssistanceEvents.ADJUDICATION_REQUESTED, AdjudicationService.requested("A-1", need,
                new Person(ID_NUMBER, "P000000000002"), "partner.civil-affairs.assistance-status-0-7"));
    }
}
