package cn.medins.audit.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import cn.medins.audit.repository.Flag;
import cn.medins.contracts.audit.AuditEvents;
import cn.medins.contracts.audit.AuditEvents.Decision;
import cn.medins.contracts.audit.AuditEvents.Severity;
import cn.medins.testing.PactMessages;
import cn.medins.testing.PactProviderVerification;

/** Audit's events against every pact its consumers wrote in {@code pacts/}, built by {@link FlagEvents} from a flag. */
@Provider("audit-service")
@PactFolder("../pacts")
class AuditEventsPactVerificationTest extends PactProviderVerification {

    @PactVerifyProvider("audit.ClaimFlagged.v1")
    MessageAndMetadata claimFlagged() {
        return PactMessages.published(AuditEvents.CLAIM_FLAGGED, FlagEvents.claimFlagged(openFlag()));
    }

    @PactVerifyProvider("audit.FlagResolved.v1")
    MessageAndMetadata flagResolved() {
        return PactMessages.published(AuditEvents.FLAG_RESOLVED, FlagEvents.flagResolved(confirmedFlag(), Decision.CONFIRMED));
    }

    @PactVerifyProvider("audit.DeductionIssued.v1")
    MessageAndMetadata deductionIssued() {
        return PactMessages.published(AuditEvents.DEDUCTION_ISSUED, FlagEvents.deductionIssued(confirmedFlag()));
    }

    /** A flag as screening raises it for a resold drug (see ScreeningService). */
    private static Flag openFlag() {
        Flag flag = new Flag();
        flag.flagId = "F-1";
        flag.ruleId = "TRACE_RESOLD";
        flag.severity = Severity.BLOCK;
        flag.settlementId = "S-2";
        flag.relatedSettlementId = "S-1";
        flag.institutionId = "H3716002";
        flag.insuredId = "P000000000009";
        flag.serviceDate = LocalDate.of(2026, 4, 8);
        flag.itemCode = "XB01AC06";
        flag.amount = new BigDecimal("15.50");
        flag.message = "traceability code 83123450000000000001 was already billed by H3716001";
        flag.evidence = Map.of("traceCode", "83123450000000000001", "firstSettlementId", "S-1");
        flag.status = Flag.Status.OPEN;
        flag.flaggedAt = OffsetDateTime.now();
        return flag;
    }

    /** The same flag once an auditor confirmed it and the deduction was issued (see FlagService). */
    private static Flag confirmedFlag() {
        Flag flag = openFlag();
        flag.status = Flag.Status.CONFIRMED;
        flag.resolvedAt = OffsetDateTime.now();
        flag.note = "resold drug confirmed on inspection";
        flag.deducted = flag.amount;
        flag.deductionId = "D-1";
        return flag;
    }
}
