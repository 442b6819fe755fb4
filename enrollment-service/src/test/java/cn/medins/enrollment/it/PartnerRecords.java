package cn.medins.enrollment.it;

import java.time.LocalDate;

/** Partner records as EVENTS.md shows them, in the JSON a partner's plain producer sends. */
final class PartnerRecords {

    private PartnerRecords() {
    }

    static String birthCertificate(String certificateNo, LocalDate birthDate, String regionCode, String motherIdNumber,
            String fatherIdNumber) {
        String father = fatherIdNumber == null ? "null" : """
                {"idNumber":"%s","name":"张伟"}""".formatted(fatherIdNumber);
        return """
                {"certificateNo":"%s","newbornName":"张小宝","sex":"F","birthDate":"%s",
                 "birthInstitutionId":"H3716001","regionCode":"%s",
                 "mother":{"idNumber":"%s","name":"李娜"},"father":%s}""".formatted(certificateNo, birthDate, regionCode,
                motherIdNumber, father);
    }

    static String householdRegistration(String certificateNo, String idNumber, String name, LocalDate registeredAt) {
        return """
                {"certificateNo":"%s","idNumber":"%s","name":"%s","registeredAt":"%s","regionCode":"371600"}"""
                .formatted(certificateNo, idNumber, name, registeredAt);
    }

    static String roster(String schoolId, String schoolYear, String idNumber, String regionCode, String status) {
        return """
                {"schoolId":"%s","schoolName":"滨州实验学校","schoolYear":"%s","level":"SECONDARY","idNumber":"%s",
                 "name":"王小明","regionCode":"%s","status":"%s"}""".formatted(schoolId, schoolYear, idNumber, regionCode, status);
    }

    static String employment(String eventNo, String type, String idNumber, LocalDate effectiveDate, String regionCode) {
        return """
                {"eventNo":"%s","type":"%s","idNumber":"%s","effectiveDate":"%s","employerId":"E371600045",
                 "regionCode":"%s","averageMonthlyWage":6500.00}""".formatted(eventNo, type, idNumber, effectiveDate, regionCode);
    }
}
