package cn.medins.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.VisitType;

/** Claims a level-2 hospital of the reference region sends at the counter: small outpatient bills with A and B items. */
final class SyntheticClaims {

    static final String REGION = "371600";
    static final String INSTITUTION = "H3716002";
    /** The level-3 hospital of the region, where the inpatient stays are. */
    static final String TERTIARY_HOSPITAL = "H3716001";

    private SyntheticClaims() {
    }

    /**
     * The first pack serial of a run started at {@code start}: one block of a million per second of the clock, repeating
     * after 115 days, so that a run does not sell again the packs an earlier run sold (the audit would rightly flag them
     * as resold).
     */
    static long firstPackOfRun(Instant start) {
        return start.getEpochSecond() % 10_000_000 * 1_000_000L;
    }

    /**
     * The day of the {@code claim}-th visit when {@code persons} take turns: every person once on {@code latest}, then
     * every person once the day before, and so on back to the first of January. No person visits twice a day, as in
     * the counter's real traffic, where a second bill of the same items that day is duplicate billing.
     */
    static LocalDate visitDay(LocalDate latest, long claim, int persons) {
        return latest.minusDays(claim / persons % latest.getDayOfYear());
    }

    /** {@code packSerial} numbers the pack of amoxicillin sold, which its traceability code names. */
    static ClaimRequest outpatient(String requestId, String idNumber, LocalDate visitDate, long packSerial) {
        String traceCode = String.format("8%019d", packSerial);
        return new ClaimRequest(requestId, idNumber, null, null, INSTITUTION, 2, REGION, VisitType.OUTPATIENT, visitDate,
                null, null, List.of(new ClaimRequest.Diagnosis("J06.9", true)),
                List.of(new ClaimRequest.Item("XJ01CA04", "阿莫西林胶囊", CatalogClass.A, ItemCategory.DRUG,
                                BigDecimal.valueOf(2), new BigDecimal("12.50"), List.of(traceCode)),
                        new ClaimRequest.Item("F00000000001", "普通门诊诊查费", CatalogClass.A, ItemCategory.SERVICE,
                                BigDecimal.ONE, new BigDecimal("8.00"), List.of()),
                        new ClaimRequest.Item("XR05CB01", "复方甘草片", CatalogClass.B, ItemCategory.DRUG, BigDecimal.ONE,
                                new BigDecimal("6.30"), List.of())));
    }

    /** A level-3 stay of 5,000 in class A: after the basic pool it leaves a burden that needy assistance would share. */
    static ClaimRequest inpatient(String requestId, String idNumber, LocalDate admission) {
        return new ClaimRequest(requestId, idNumber, null, null, TERTIARY_HOSPITAL, 3, REGION, VisitType.INPATIENT, admission,
                admission.plusDays(4), null, List.of(new ClaimRequest.Diagnosis("J18.9", true)),
                List.of(new ClaimRequest.Item("F00000000301", "住院床位及治疗", CatalogClass.A, ItemCategory.TREATMENT,
                        BigDecimal.ONE, new BigDecimal("5000.00"), List.of())));
    }
}
