package cn.medins.audit.domain;

import java.time.LocalDate;

import cn.medins.contracts.coverage.VisitType;

/** When and where care took place, read the same way for the claim being judged and for those in its history. */
public interface Visit {

    VisitType visitType();

    LocalDate admissionDate();

    LocalDate dischargeDate();

    String regionCode();

    /** The date of service: discharge for a stay, the visit date otherwise. */
    default LocalDate serviceDate() {
        return Stays.endDate(admissionDate(), dischargeDate());
    }

    default boolean isStay() {
        return Stays.isStay(visitType(), dischargeDate());
    }

    default String city() {
        return Stays.city(regionCode());
    }
}
