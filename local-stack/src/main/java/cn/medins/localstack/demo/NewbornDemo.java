package cn.medins.localstack.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.partner.BirthCertificate;
import cn.medins.contracts.partner.HouseholdRegistration;
import cn.medins.localstack.DemoScenario;
import cn.medins.localstack.StackEndpoints;
import cn.medins.localstack.SuiteService;

/**
 * Flow 1 of the design: the health commission publishes a birth certificate, the newborn is insured at once, the
 * hospital settles the newborn's bill the same day, and public security's later registration links the ID number.
 */
public final class NewbornDemo implements DemoScenario {

    @Override
    public String name() {
        return "newborn enrolled at birth, no application";
    }

    @Override
    public void run(StackEndpoints stack) throws Exception {
        DemoClient suite = new DemoClient(stack);
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000);
        String certificateNo = "Q3716" + suffix;
        LocalDate birthDate = LocalDate.now().minusDays(1);
        BirthCertificate certificate = new BirthCertificate(certificateNo, "张小宝", "F", birthDate, "H3716001", "371600",
                new BirthCertificate.Parent("371602199001011221", "李娜"), new BirthCertificate.Parent("371602198805052315", "张伟"));

        long published = System.nanoTime();
        suite.publish(Topics.BIRTH_CERTIFICATES, certificateNo, certificate);
        say("health commission published birth certificate %s (plain Kafka producer, no headers)", certificateNo);
        JsonNode newborn = DemoClient.await("enrolment of the newborn", Duration.ofSeconds(10),
                () -> suite.get(SuiteService.ENROLLMENT, "/persons?birthCertificateNo=" + certificateNo),
                reply -> reply.status() == 200).body();
        String insuredId = newborn.path("insuredId").asText();
        JsonNode enrolment = newborn.path("enrolments").path(0);
        say("enrolled in %d ms: insuredId %s, %s %s from %s, source %s", (System.nanoTime() - published) / 1_000_000,
                insuredId, enrolment.path("scheme").asText(), enrolment.path("category").asText(),
                enrolment.path("validFrom").asText(), enrolment.path("source").asText());

        Map<String, Object> claim = Map.of("requestId", "H3716001-NB" + suffix, "insuredId", insuredId,
                "institutionId", "H3716001", "institutionLevel", 3, "institutionRegionCode", "371600",
                "visitType", "INPATIENT", "admissionDate", birthDate, "dischargeDate", LocalDate.now(),
                "diagnoses", List.of(Map.of("code", "P59.9", "principal", true)),
                "items", List.of(Map.of("code", "F00000000301", "name", "新生儿监护", "catalogClass", "A",
                        "category", "TREATMENT", "quantity", 1, "unitPrice", new BigDecimal("3200.00"))));
        JsonNode settlement = DemoClient.await("the newborn's settlement", Duration.ofSeconds(10),
                () -> suite.post(SuiteService.SETTLEMENT, "/settlements", claim),
                reply -> reply.status() == 201 || reply.status() == 200).body();
        say("hospital settled the newborn's bill the same day: total %s, basic pool %s, personal %s (policy %s)",
                settlement.path("total").asText(), settlement.path("basicPool").asText(),
                settlement.path("personal").asText(), settlement.path("policyVersion").asText());

        // An even order code: the 17th digit of a girl's ID number is even (GB 11643).
        String first17 = "371602" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", Long.parseLong(suffix) % 500 * 2);
        String idNumber = first17 + IdNumbers.checkDigit(first17);
        suite.publish(Topics.HOUSEHOLD_REGISTRATIONS, idNumber, new HouseholdRegistration(certificateNo, idNumber, "张小宝",
                LocalDate.now(), "371600"));
        say("public security published the household registration of ID %s", IdNumbers.mask(idNumber));
        JsonNode registered = DemoClient.await("identity link", Duration.ofSeconds(10),
                () -> suite.get(SuiteService.ENROLLMENT, "/persons?idNumber=" + idNumber),
                reply -> reply.status() == 200).body();
        say("the ID number now belongs to the same insured person: %s (%s)", registered.path("insuredId").asText(),
                registered.path("insuredId").asText().equals(insuredId) ? "no duplicate" : "A DIFFERENT PERSON");
    }

    static void say(String format, Object... args) {
        System.out.println("demo:   " + String.format(format, args));
    }
}
