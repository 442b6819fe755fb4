package cn.medins.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The running local stack as the benchmarks see it: its HTTP endpoints and the synthetic persons enrolled in it. */
final class Suite {

    static final LocalDate POLICY_YEAR_START = LocalDate.of(2026, 1, 1);

    final URI enrollment;
    final URI settlement;
    final URI audit;
    final URI assistance;
    final String kafka;
    final OpenLoopHttp agency;
    final OpenLoopHttp institution;

    Suite(Options options) {
        enrollment = options.service("enrollment", 8081);
        settlement = options.service("settlement", 8082);
        audit = options.service("audit", 8083);
        assistance = options.service("assistance", 8084);
        kafka = options.kafka();
        agency = new OpenLoopHttp(Tokens.of("agency", null));
        institution = new OpenLoopHttp(Tokens.of("institution", SyntheticClaims.INSTITUTION));
    }

    /**
     * Enrols {@code count} resident adults by hand (POST /enrolments) and waits until settlement's projection knows
     * the last of them. The ID numbers start from {@code firstPerson}, so separate runs use separate persons and
     * fresh annual caps.
     */
    List<String> enrolResidents(int count, int firstPerson) throws InterruptedException {
        List<String> idNumbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String idNumber = IdNumberFactory.of(SyntheticClaims.REGION, LocalDate.of(1950, 1, 1), firstPerson + i);
            String body = Json.write(Map.of("idNumber", idNumber, "name", "受助人" + i, "scheme", "RESIDENT",
                    "category", "ADULT", "regionCode", SyntheticClaims.REGION, "validFrom", POLICY_YEAR_START.toString()));
            HttpResponse<String> response = agency.send(agency.post(enrollment.resolve("/enrolments"), body));
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new IllegalStateException("enrolment " + i + " refused: " + response.statusCode() + " " + response.body());
            }
            idNumbers.add(idNumber);
        }
        awaitSettlementKnows(idNumbers.get(idNumbers.size() - 1));
        return idNumbers;
    }

    private void awaitSettlementKnows(String idNumber) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String claim = Json.write(SyntheticClaims.outpatient("bench-probe", idNumber, LocalDate.now(), 0));
        while (Instant.now().isBefore(deadline)) {
            if (institution.send(institution.post(settlement.resolve("/settlements/preview"), claim)).statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("settlement did not learn of the enrolled persons within 2 minutes");
    }

    /**
     * The values of Prometheus samples on a service's {@code /q/metrics}, read at once: for each of {@code samples}
     * (a name followed by a space, or a name with the start of its labels) the first line that starts with it, or
     * {@code NaN} if none does.
     */
    double[] metrics(URI service, String... samples) throws InterruptedException {
        HttpResponse<String> response = agency.get(service.resolve("/q/metrics"));
        List<String> lines = response.statusCode() == 200 ? response.body().lines().toList() : List.of();
        double[] values = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            String sample = samples[i];
            values[i] = lines.stream().filter(line -> line.startsWith(sample))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .findFirst().orElse(Double.NaN);
        }
        return values;
    }

    /** A person number range no earlier run of the same stack has used (one block of 1,000 per second of the clock). */
    static int freshPersonRange(Options options) {
        return options.integer("first-person", (int) (Instant.now().getEpochSecond() % 30_000) * 1000);
    }
}
