package cn.medins.audit;

import static cn.medins.audit.Settlements.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Claims as a hospital's counter sends them for a pre-check. */
final class CounterClaims {

    private CounterClaims() {
    }

    /** A claim body as a hospital's HIS sends it (API.md), for one aspirin pack with the traceability code. */
    static Map<String, Object> claim(String institutionId, String idNumber, String diagnosis, String traceCode) {
        Map<String, Object> item = new HashMap<>(Map.of("code", "XB01AC06", "name", "阿司匹林肠溶片", "catalogClass", "A",
                "category", "DRUG", "quantity", 1, "unitPrice", 15.50, "traceCodes", List.of(traceCode)));
        Map<String, Object> body = new HashMap<>();
        body.put("requestId", unique("R"));
        body.put("idNumber", idNumber);
        body.put("institutionId", institutionId);
        body.put("institutionLevel", 3);
        body.put("institutionRegionCode", "371602");
        body.put("visitType", "OUTPATIENT");
        body.put("admissionDate", Settlements.TODAY.toString());
        body.put("diagnoses", List.of(Map.of("code", diagnosis, "principal", true)));
        body.put("items", List.of(item));
        return body;
    }
}
