package cn.medins.contracts.partner;

import java.time.LocalDate;

/** {@code partner.health.birth-certificates}: schema {@code partner/birth-certificate}. */
public record BirthCertificate(
        String certificateNo,
        String newbornName,
        String sex,
        LocalDate birthDate,
        String birthInstitutionId,
        String regionCode,
        Parent mother,
        Parent father) {

    public static final String SCHEMA = "partner/birth-certificate";

    public record Parent(String idNumber, String name) {
    }

    public String businessKey() {
        return certificateNo;
    }
}
