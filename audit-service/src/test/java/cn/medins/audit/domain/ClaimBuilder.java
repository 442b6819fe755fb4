package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;

/** Claims for rule tests: an adult woman's outpatient visit at H1 in city 3716 unless told otherwise. */
public final class ClaimBuilder {

    private String claimId = "S-" + System.nanoTime();
    private String requestId = "R-" + System.nanoTime();
    private String insuredId = "P000000000001";
    private String idNumber;
    private PatientFacts patient = new PatientFacts(Sex.F, LocalDate.of(1990, 1, 1));
    private String institutionId = "H1";
    private int level = 3;
    private String regionCode = "371602";
    private VisitType visitType = VisitType.OUTPATIENT;
    private LocalDate admission = LocalDate.of(2026, 4, 1);
    private LocalDate discharge;
    private List<String> diagnoses = new ArrayList<>(List.of("J06.9"));
    private final List<ClaimItem> items = new ArrayList<>();

    public static ClaimBuilder claim() {
        return new ClaimBuilder();
    }

    public ClaimBuilder id(String id) {
        this.claimId = id;
        return this;
    }

    public ClaimBuilder person(String insuredId) {
        this.insuredId = insuredId;
        return this;
    }

    public ClaimBuilder patient(Sex sex, LocalDate birthDate) {
        this.patient = new PatientFacts(sex, birthDate);
        return this;
    }

    public ClaimBuilder at(String institutionId, String regionCode) {
        this.institutionId = institutionId;
        this.regionCode = regionCode;
        return this;
    }

    public ClaimBuilder at(String institutionId) {
        return at(institutionId, regionCode);
    }

    public ClaimBuilder level(int level) {
        this.level = level;
        return this;
    }

    public ClaimBuilder on(LocalDate date) {
        this.visitType = VisitType.OUTPATIENT;
        this.admission = date;
        this.discharge = null;
        return this;
    }

    public ClaimBuilder stay(LocalDate admission, LocalDate discharge) {
        this.visitType = VisitType.INPATIENT;
        this.admission = admission;
        this.discharge = discharge;
        return this;
    }

    public ClaimBuilder visitType(VisitType visitType) {
        this.visitType = visitType;
        return this;
    }

    public ClaimBuilder diagnosis(String... codes) {
        this.diagnoses = List.of(codes);
        return this;
    }

    public ClaimBuilder drug(String code, String quantity, String unitPrice, String... traceCodes) {
        return item(code, ItemCategory.DRUG, quantity, unitPrice, traceCodes);
    }

    public ClaimBuilder item(String code, ItemCategory category, String quantity, String unitPrice, String... traceCodes) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal p = new BigDecimal(unitPrice);
        items.add(new ClaimItem(code, code, category, q, p, Money.lineAmount(q, p), null, List.of(traceCodes)));
        return this;
    }

    public ClaimFacts build() {
        if (items.isEmpty()) {
            drug("XJ01CA04", "1", "20.00");
        }
        return new ClaimFacts(claimId, requestId, insuredId, idNumber, patient, institutionId, level, regionCode, visitType,
                admission, discharge, diagnoses, items);
    }
}
