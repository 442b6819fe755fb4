package cn.medins.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Claim bodies as a hospital's system sends them (API.md); mutable, so a test can change the one field it is about. */
final class Claims {

    static final String HOSPITAL = "H3716001";

    private Claims() {
    }

    static Map<String, Object> inpatient(String institutionId, String idNumber, LocalDate admission, int days,
            String principalDiagnosis, String amount) {
        Map<String, Object> claim = base(institutionId, idNumber, "INPATIENT", admission);
        claim.put("dischargeDate", admission.plusDays(days));
        claim.put("diagnoses", List.of(Map.of("code", principalDiagnosis, "principal", true)));
        claim.put("items", new ArrayList<>(List.of(item("F00000000301", "住院治疗", "TREATMENT", "1", amount, List.of()))));
        return claim;
    }

    /** An outpatient visit of one consultation. */
    static Map<String, Object> outpatient(String institutionId, String idNumber, LocalDate date, String diagnosis, String amount) {
        Map<String, Object> claim = base(institutionId, idNumber, "OUTPATIENT", date);
        claim.put("diagnoses", List.of(Map.of("code", diagnosis, "principal", true)));
        claim.put("items", new ArrayList<>(List.of(item("F00000000001", "普通门诊诊查费", "SERVICE", "1", amount, List.of()))));
        return claim;
    }

    /** A pharmacy sale of one pack of a drug that carries its traceability code. */
    static Map<String, Object> drugSale(String institutionId, String idNumber, LocalDate date, String traceCode) {
        Map<String, Object> claim = base(institutionId, idNumber, "OUTPATIENT", date);
        claim.put("diagnoses", List.of(Map.of("code", "I10", "principal", true)));
        claim.put("items", new ArrayList<>(List.of(item("XB01AC06", "阿司匹林肠溶片", "DRUG", "1", "15.50", List.of(traceCode)))));
        return claim;
    }

    static Map<String, Object> delivery(String idNumber, LocalDate admission) {
        Map<String, Object> claim = inpatient(HOSPITAL, idNumber, admission, 3, "O80", "6000.00");
        claim.put("visitType", "MATERNITY");
        claim.put("maternity", Map.of("caseType", "SINGLE_VAGINAL", "birthOrder", 1, "babies", 1));
        return claim;
    }

    private static Map<String, Object> base(String institutionId, String idNumber, String visitType, LocalDate admission) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("requestId", People.unique(institutionId + "-"));
        claim.put("idNumber", idNumber);
        claim.put("institutionId", institutionId);
        claim.put("institutionLevel", 3);
        claim.put("institutionRegionCode", "371600");
        claim.put("visitType", visitType);
        claim.put("admissionDate", admission);
        return claim;
    }

    private static Map<String, Object> item(String code, String name, String category, String quantity, String unitPrice,
            List<String> traceCodes) {
        return Map.of("code", code, "name", name, "catalogClass", "A", "category", category,
                "quantity", new BigDecimal(quantity), "unitPrice", new BigDecimal(unitPrice), "traceCodes", traceCodes);
    }

    /** The split's parts, which must add up to the total to the fen. */
    static BigDecimal sumOfParts(com.fasterxml.jackson.databind.JsonNode split) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : List.of("basicPool", "largeMedical", "criticalIllness", "assistance", "maternityFund", "personal")) {
            sum = sum.add(split.path(part).decimalValue());
        }
        return sum;
    }
}
