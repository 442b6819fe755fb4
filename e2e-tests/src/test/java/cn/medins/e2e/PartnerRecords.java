package cn.medins.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Partner records as the agencies publish them (EVENTS.md), each valid for the schema of its topic. */
final class PartnerRecords {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** The name civil affairs' records carry for a needy person, and the counter enrols them with. */
    static final String NEEDY_NAME = "赵大勇";

    private PartnerRecords() {
    }

    static Map<String, Object> birthCertificate(String certificateNo, LocalDate birth, String mother) {
        return Map.of("certificateNo", certificateNo, "newbornName", "张小宝", "sex", "F", "birthDate", birth,
                "birthInstitutionId", Claims.HOSPITAL, "regionCode", "371600", "mother", Map.of("idNumber", mother, "name", "李娜"));
    }

    static Map<String, Object> householdRegistration(String certificateNo, String idNumber) {
        return Map.of("certificateNo", certificateNo, "idNumber", idNumber, "name", "张小宝", "registeredAt", TODAY,
                "regionCode", "371600");
    }

    static Map<String, Object> rosterEntry(String schoolId, String idNumber) {
        return Map.of("schoolId", schoolId, "schoolName", "滨州实验学校", "schoolYear", "2026-2027", "level", "SECONDARY",
                "idNumber", idNumber, "name", "王小明", "regionCode", "371600", "status", "ENROLLED");
    }

    static Map<String, Object> lowIncomeGrant(String idNumber) {
        return Map.of("idNumber", idNumber, "name", NEEDY_NAME, "regionCode", "371600", "category", "LOW_INCOME",
                "action", "GRANTED", "validFrom", TODAY.withDayOfYear(1),
                "bankAccount", Map.of("bank", "农商银行", "accountNo", "6228480000000000017", "holder", NEEDY_NAME));
    }

    static Map<String, Object> employmentEvent(String type, String idNumber, LocalDate effective) {
        return Map.of("eventNo", People.unique("HR"), "type", type, "idNumber", idNumber, "effectiveDate", effective,
                "employerId", People.unique("E"), "regionCode", "371600", "averageMonthlyWage", new BigDecimal("6500.00"));
    }
}
