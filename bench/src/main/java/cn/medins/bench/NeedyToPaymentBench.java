package cn.medins.bench;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.Topics;
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.contracts.partner.NeedyCategory;

/**
 * Residents who each settled a stay this year, then civil affairs grants them {@code LOW_INCOME} from the start of the
 * year: from the grant on the partner topic to the retroactive payment instruction on the bank topic.
 */
final class NeedyToPaymentBench {

    private NeedyToPaymentBench() {
    }

    static String run(Options options) throws InterruptedException {
        Suite suite = new Suite(options);
        int count = options.integer("count", 300);
        List<String> idNumbers = suite.enrolResidents(count, Suite.freshPersonRange(options));
        String runId = Long.toString(System.currentTimeMillis(), 36);
        LocalDate admission = LocalDate.now().minusDays(10);
        // an institution settles only its own claims, and the stays are at the tertiary hospital
        OpenLoopHttp hospital = new OpenLoopHttp(Tokens.of("institution", SyntheticClaims.TERTIARY_HOSPITAL));
        for (int i = 0; i < count; i++) {
            String claim = Json.write(SyntheticClaims.inpatient("N" + runId + "-" + i, idNumbers.get(i), admission));
            HttpResponse<String> response = hospital.send(hospital.post(suite.settlement.resolve("/settlements"), claim));
            if (response.statusCode() != 201) {
                throw new IllegalStateException("settling the stay of person " + i + " failed: " + response.statusCode()
                        + " " + response.body());
            }
        }
        EndToEnd.Scenario scenario = new EndToEnd.Scenario("needy-grant-to-payment", Topics.PAYMENT_INSTRUCTIONS, i -> {
            String idNumber = idNumbers.get(i);
            AssistanceStatusChange grant = new AssistanceStatusChange(idNumber, "受助人" + i, SyntheticClaims.REGION,
                    NeedyCategory.LOW_INCOME, AssistanceStatusChange.Action.GRANTED, Suite.POLICY_YEAR_START, null,
                    new AssistanceStatusChange.BankAccount("农商银行", "62284800" + String.format("%011d", i), "受助人" + i));
            return Map.entry(idNumber, Kafka.record(Topics.ASSISTANCE_STATUS, idNumber, Json.write(grant), Map.of()));
        }, record -> Json.read(record.value()).path("idNumber").asText(null));
        return EndToEnd.run(suite.kafka, scenario, count, options.integer("rate", 20), options.seconds("timeout", 120));
    }
}
