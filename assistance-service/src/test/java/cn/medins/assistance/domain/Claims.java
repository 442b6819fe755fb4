package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;

/** Claim facts for matcher tests: a resident's level-3 stay unless changed. */
public final class Claims {

    static final String ID_NUMBER = "371602196505051231";

    String settlementId = "S1";
    Scheme scheme = Scheme.RESIDENT;
    LocalDate birthDate = LocalDate.of(1965, 5, 5);
    NeedyCategory needy;
    int level = 3;
    VisitType visitType = VisitType.INPATIENT;
    LocalDate admission = LocalDate.of(2026, 3, 1);
    LocalDate discharge = LocalDate.of(2026, 3, 6);
    List<Diagnosis> diagnoses = List.of(new Diagnosis("K35.8", true));
    MaternityCaseType maternityCase;
    Integer babies;
    ClaimFacts.Layers layers = layers("60000", "35400", "0", "11115", "0");
    boolean reversed;

    public static Claims claim(String settlementId) {
        Claims claims = new Claims();
        claims.settlementId = settlementId;
        return claims;
    }

    static ClaimFacts.Layers layers(String inScope, String basic, String large, String critical, String assistance) {
        return new ClaimFacts.Layers(new BigDecimal(inScope), new BigDecimal(basic), new BigDecimal(large),
                new BigDecimal(critical), new BigDecimal(assistance));
    }

    Claims outpatient(LocalDate date, int institutionLevel, Diagnosis... codes) {
        visitType = VisitType.OUTPATIENT;
        admission = date;
        discharge = null;
        level = institutionLevel;
        diagnoses = List.of(codes);
        return this;
    }

    public Claims stay(LocalDate from, LocalDate to, Diagnosis... codes) {
        visitType = VisitType.INPATIENT;
        admission = from;
        discharge = to;
        diagnoses = List.of(codes);
        return this;
    }

    Claims layers(ClaimFacts.Layers value) {
        layers = value;
        return this;
    }

    public ClaimFacts facts() {
        return new ClaimFacts(settlementId, "ev-" + settlementId, "P000000000001", ID_NUMBER, scheme, birthDate, needy, level,
                visitType, admission, discharge, diagnoses, maternityCase, babies, layers, reversed, "371600", "371600-2026.1");
    }

    /** The figures of the reference policy 371600-2026.1 (settlement's policies/371600-2026.json). */
    public static AssistancePolicy policy() {
        return new AssistancePolicy("371600-2026.1", new BigDecimal("350"), java.util.Map.of(
                NeedyCategory.EXTREME_POVERTY, new BigDecimal("1.00"),
                NeedyCategory.LOW_INCOME, new BigDecimal("0.70"),
                NeedyCategory.RETURNED_TO_POVERTY, new BigDecimal("0.70"),
                NeedyCategory.LOW_INCOME_MARGINAL, new BigDecimal("0.50"),
                NeedyCategory.MONITORED, new BigDecimal("0.50")), new BigDecimal("5000"), 98, 15, 15);
    }
}
