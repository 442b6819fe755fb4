package cn.medins.contracts.partner;

import java.time.LocalDate;

/** {@code partner.police.household-registrations}: schema {@code partner/household-registration}. */
public record HouseholdRegistration(
        String certificateNo,
        String idNumber,
        String name,
        LocalDate registeredAt,
        String regionCode) {

    public static final String SCHEMA = "partner/household-registration";

    public String businessKey() {
        return certificateNo + "|" + idNumber;
    }
}
