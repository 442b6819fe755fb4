package cn.medins.audit.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.medins.contracts.coverage.VisitType;

/** Date arithmetic shared by current and prior claims, so both sides of a comparison count days the same way. */
public final class Stays {

    private Stays() {
    }

    /** A stay is an admission with a discharge: inpatient or delivery. */
    public static boolean isStay(VisitType visitType, LocalDate dischargeDate) {
        return dischargeDate != null && (visitType == VisitType.INPATIENT || visitType == VisitType.MATERNITY);
    }

    public static LocalDate endDate(LocalDate admissionDate, LocalDate dischargeDate) {
        return dischargeDate != null ? dischargeDate : admissionDate;
    }

    /** Billable days of a stay: discharge minus admission, at least one. */
    public static long days(LocalDate admissionDate, LocalDate dischargeDate) {
        return Math.max(1, ChronoUnit.DAYS.between(admissionDate, endDate(admissionDate, dischargeDate)));
    }

    /** Whether two closed day ranges share at least one day. */
    public static boolean shareADay(LocalDate firstFrom, LocalDate firstTo, LocalDate secondFrom, LocalDate secondTo) {
        return !firstFrom.isAfter(secondTo) && !secondFrom.isAfter(firstTo);
    }

    /** City of a 6-digit region code: province and city digits, the county dropped. */
    public static String city(String regionCode) {
        return regionCode == null || regionCode.length() < 4 ? regionCode : regionCode.substring(0, 4);
    }

    /** ICD-10 category (I63.9 → I63): peers and readmissions are compared on it, not on the sub-code. */
    public static String diagnosisCategory(String code) {
        return code == null || code.length() < 3 ? code : code.substring(0, 3);
    }
}
