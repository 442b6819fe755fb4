package cn.medins.contracts.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.EventType;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;

/** Events on {@code settlement.events}, keyed by insured id (clearing events by institution id). Money in yuan, exact. */
public final class SettlementEvents {

    public static final String DOMAIN = "settlement";
    public static final EventType CLAIM_SETTLED = EventType.v1(DOMAIN, "ClaimSettled");
    public static final EventType SETTLEMENT_REVERSED = EventType.v1(DOMAIN, "SettlementReversed");
    public static final EventType CLEARING_CLOSED = EventType.v1(DOMAIN, "ClearingClosed");
    public static final EventType ASSISTANCE_ADJUDICATED = EventType.v1(DOMAIN, "AssistanceAdjudicated");
    public static final EventType POLICY_ACTIVATED = EventType.v1(DOMAIN, "PolicyActivated");

    private SettlementEvents() {
    }

    public record Diagnosis(String code, boolean principal) {
    }

    /**
     * One billed line as settled. {@code inScope} is the part of {@code amount} inside the catalogue under the policy
     * used (all of class A, class B less its first self-pay, none of class C): an audit deduction takes back the funds'
     * share pro rata to it. {@code null} on events published before it existed.
     */
    public record Item(String code, String name, CatalogClass catalogClass, ItemCategory category, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal amount, BigDecimal inScope, List<String> traceCodes) {
    }

    public record Maternity(MaternityCaseType caseType, int birthOrder, int babies) {
    }

    /** The fund split of one settlement; {@code total} = basicPool + largeMedical + criticalIllness + assistance + maternityFund + personal. */
    public record FundSplit(BigDecimal total, BigDecimal inScope, BigDecimal remoteFirstSelfPay, BigDecimal deductibleApplied,
            BigDecimal basicPool, BigDecimal largeMedical, BigDecimal criticalIllness, BigDecimal assistance,
            BigDecimal maternityFund, BigDecimal personal) {
    }

    /** The patient as settled: what audit's sex and age rules and the matchers need, without another lookup. */
    public record Patient(String insuredId, String idNumber, Sex sex, LocalDate birthDate, Scheme scheme, Category category,
            String regionCode, NeedyCategory needyCategory) {
    }

    public record ClaimSettled(String settlementId, String requestId, Patient patient, String institutionId,
            int institutionLevel, String institutionRegionCode, VisitType visitType, LocalDate admissionDate,
            LocalDate dischargeDate, Maternity maternity, List<Diagnosis> diagnoses, List<Item> items, FundSplit split,
            String policyVersion, OffsetDateTime settledAt) {
    }

    public record SettlementReversed(String settlementId, String requestId, String insuredId, String institutionId,
            LocalDate serviceDate, FundSplit split, String reason, OffsetDateTime reversedAt) {
    }

    /**
     * A month closed for good. The fund totals include the late reversals booked in it (so they may be negative);
     * {@code netPayable} is never negative, {@code carriedForward} is what the next month starts with (zero or less).
     */
    public record ClearingClosed(String institutionId, String month, long claimCount, BigDecimal basicPool,
            BigDecimal largeMedical, BigDecimal criticalIllness, BigDecimal assistance, BigDecimal maternityFund,
            BigDecimal auditDeductions, BigDecimal carriedIn, BigDecimal netPayable, BigDecimal carriedForward,
            List<ClearingAdjustment> adjustments, boolean forced, OffsetDateTime closedAt, ClearingPrepayment prepayment) {
    }

    /**
     * The monthly prepayment tier the institution's credit grade put the month in: {@code prepaid} (the net payable ×
     * {@code ratio}, rounded down to the fen) is paid at the close, {@code retained} is the quality deposit held until
     * the year's assessment. {@code creditGrade} is {@code null} for an institution not yet graded. The whole object is
     * {@code null} on events published before it existed.
     */
    public record ClearingPrepayment(String creditGrade, int tier, BigDecimal ratio, BigDecimal prepaid, BigDecimal retained) {
    }

    /**
     * An item booked in one month that belongs to an earlier, closed one: {@code LATE_SETTLEMENT}, {@code LATE_REVERSAL},
     * {@code LATE_DEDUCTION} or {@code CARRIED_FORWARD}; {@code amount} is what it changes the month's payable by.
     */
    public record ClearingAdjustment(String kind, String settlementId, String concernsMonth, BigDecimal amount) {
    }

    /** The answer to an {@code AssistanceAdjudicationRequested}: what is owed, per settlement, with the limit already spent. */
    public record AssistanceAdjudicated(String requestId, String insuredId, String idNumber, String kind, int year,
            BigDecimal amount, List<AdjudicatedClaim> claims, String policyVersion) {
    }

    /**
     * What one claim is owed by a re-adjudication, per fund; {@code amount} is their sum.
     *
     * @param criticalIllness critical illness owed beyond what the counter paid (needy rates applied retroactively)
     * @param assistance medical assistance owed (retroactive assistance or re-assistance)
     */
    public record AdjudicatedClaim(String settlementId, BigDecimal amount, BigDecimal criticalIllness, BigDecimal assistance) {
    }

    /**
     * A policy version put in force for its pooling region from {@code effectiveFrom} (key: region code). Among the
     * versions of a region and calendar year effective on or before a date, the one effective latest is in force, and of
     * two effective the same day the one with the higher {@code activation}. It carries the figures other services
     * apply, so that settlement's policy stays their one owner; claims name the version they were rated under
     * ({@code ClaimSettled.policyVersion}).
     */
    public record PolicyActivated(String policyId, String version, String regionCode, int year, LocalDate effectiveFrom,
            long activation, OffsetDateTime activatedAt, AssistanceFigures assistance) {
    }

    /**
     * What assistance-service's matchers apply: the resident individual premium and the share of it subsidised per
     * needy category (资助参保), the year's burden above which re-assistance is due, and the leave the maternity
     * allowance is paid for.
     */
    public record AssistanceFigures(BigDecimal residentIndividualPremium, Map<NeedyCategory, BigDecimal> premiumSubsidyRatios,
            BigDecimal reAssistanceThreshold, MaternityLeave maternityLeave) {
    }

    public record MaternityLeave(int baseDays, int cesareanExtraDays, int extraDaysPerAdditionalBaby) {
    }
}
