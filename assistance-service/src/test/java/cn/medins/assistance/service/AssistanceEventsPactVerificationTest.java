package cn.medins.assistance.service;

import java.time.LocalDate;
import java.util.List;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import cn.medins.assistance.domain.AdjudicationNeed;
import cn.medins.assistance.domain.NeedyPeriod;
import cn.medins.assistance.domain.NeedyPeriods;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.contracts.partner.AssistanceStatusChange.Action;
import cn.medins.contracts.partner.AssistanceStatusChange.BankAccount;
import cn.medins.contracts.partner.NeedyCategory;
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

    @PactVerifyProvider("assistance.NeedyStatusChanged.v1")
    MessageAndMetadata needyStatusChanged() {
        AssistanceStatusChange grant = new AssistanceStatusChange(ID_NUMBER, "赵大勇", "371600", NeedyCategory.LOW_INCOME,
                Action.GRANTED, LocalDate.of(2026, 1, 1), null, new BankAccount("农商银行", "6228480000000000017", "赵大勇"));
        NeedyPeriod granted = NeedyPeriods.grant(List.of(), grant.category(), grant.validFrom(), grant.validTo());
        NeedyPeriodEntity period = new NeedyPeriodEntity();
        period.category = granted.category();
        period.validFrom = granted.validFrom();
        period.validTo = granted.validTo();
        return PactMessages.published(AssistanceEvents.NEEDY_STATUS_CHANGED,
                NeedyRegistryService.statusChanged(grant, period, "P000000000002", "partner.civil-affairs.assistance-status-0-7"));
    }

    @PactVerifyProvider("assistance.AssistanceAdjudicationRequested.v1")
    MessageAndMetadata adjudicationRequested() {
        AdjudicationNeed need = new AdjudicationNeed(AdjudicationKind.RETROACTIVE, ID_NUMBER + "|LOW_INCOME|2026-01-01|2026",
                NeedyCategory.LOW_INCOME, 2026, List.of("S-1"), List.of());
        return PactMessages.published(AssistanceEvents.ADJUDICATION_REQUESTED, AdjudicationService.requested("A-1", need,
                new Person(ID_NUMBER, "P000000000002"), "partner.civil-affairs.assistance-status-0-7"));
    }
}
