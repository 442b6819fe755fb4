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
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.localstack.DemoScenario;
import cn.medins.localstack.StackEndpoints;
import cn.medins.localstack.SuiteService;

/**
 * Flow 5 of the design: a resident settles a stay, civil affairs later grants low-income status from an earlier
 * date, and the assistance the stay did not get is paid to the bank with nobody applying.
 */
public final class ApplyFreeAssistanceDemo implements DemoScenario {

    @Override
    public String name() {
        return "apply-free retroactive assistance";
    }

    @Override
    public void run(StackEndpoints stack) throws Exception {
        DemoClient suite = new DemoClient(stack);
        long suffix = System.currentTimeMillis() % 1_000_000;
        LocalDate yearStart = LocalDate.now().withDayOfYear(1);
        String first17 = "371602" + LocalDate.of(1965, 5, 5).plusDays(suffix % 3000).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", suffix % 1000);
        String idNumber = first17 + IdNumbers.checkDigit(first17);

        JsonNode enrolment = suite.post(SuiteService.ENROLLMENT, "/enrolments", Map.of("idNumber", idNumber, "name", "赵大勇",
                "scheme", "RESIDENT", "category", "ADULT", "regionCode", "371600", "validFrom", yearStart)).body();
        NewbornDemo.say("resident %s enrolled at the counter: insuredId %s", IdNumbers.mask(idNumber),
                enrolment.path("insuredId").asText());

        LocalDate admission = LocalDate.now().minusDays(10);
        Map<String, Object> claim = Map.of("requestId", "H3716001-AF" + suffix, "idNumber", idNumber,
                "institutionId", "H3716001", "institutionLevel", 3, "institutionRegionCode", "371600",
                "visitType", "INPATIENT", "admissionDate", admission, "dischargeDate", admission.plusDays(6),
                "diagnoses", List.of(Map.of("code", "J18.9", "principal", true)),
                "items", List.of(Map.of("code", "F00000000301", "name", "住院治疗", "catalogClass", "A",
                        "category", "TREATMENT", "quantity", 1, "unitPrice", new BigDecimal("60000.00"))));
        JsonNode settled = DemoClient.await("the stay's settlement", Duration.ofSeconds(10),
                () -> suite.post(SuiteService.SETTLEMENT, "/settlements", claim),
                reply -> reply.status() == 201 || reply.status() == 200).body();
        NewbornDemo.say("stay of 60,000 settled before any needy status: basic %s, critical illness %s, assistance %s, personal %s",
                settled.path("basicPool").asText(), settled.path("criticalIllness").asText(),
                settled.path("assistance").asText(), settled.path("personal").asText());

        AssistanceStatusChange grant = new AssistanceStatusChange(idNumber, "赵大勇", "371600", NeedyCategory.LOW_INCOME,
                AssistanceStatusChange.Action.GRANTED, yearStart, null,
                new AssistanceStatusChange.BankAccount("农商银行", "6228480000000000017", "赵大勇"));
        long published = System.nanoTime();
        JsonNode payment = suite.firstRecordAfter(
                () -> suite.publish(Topics.ASSISTANCE_STATUS, idNumber, grant),
                Topics.PAYMENT_INSTRUCTIONS, record -> idNumber.equals(record.path("idNumber").asText()), Duration.ofSeconds(30))
                .orElseThrow(() -> new IllegalStateException("no payment instruction within 30 s of the low-income grant"));
        NewbornDemo.say("civil affairs granted LOW_INCOME from %s; %d ms later the bank got payment %s of %s yuan (%s)",
                yearStart, (System.nanoTime() - published) / 1_000_000, payment.path("reference").asText(),
                payment.path("amount").asText(), payment.path("reason").asText());

        JsonNode benefits = suite.post(SuiteService.ASSISTANCE, "/benefits/search", java.util.Map.of("idNumber", idNumber)).body();
        for (JsonNode benefit : benefits.path("items")) {
            NewbornDemo.say("decision %s: %s %s", benefit.path("kind").asText(), benefit.path("status").asText(),
                    benefit.path("amount").asText(""));
        }
    }
}
