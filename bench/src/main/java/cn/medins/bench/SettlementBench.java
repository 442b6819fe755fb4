package cn.medins.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /settlements} at a fixed rate over many distinct persons, each request a new {@code requestId}. No two
 * claims share a person and a day or a pack of medicine, also across runs: otherwise every claim after the first round
 * would be flagged as duplicate billing or a resold pack, and the audit events that follow would make the load heavier
 * than the counter's.
 */
final class SettlementBench {

    private SettlementBench() {
    }

    static String run(Options options) throws InterruptedException {
        Suite suite = new Suite(options);
        int persons = options.integer("persons", 2000);
        List<String> idNumbers = suite.enrolResidents(persons, Suite.freshPersonRange(options));
        String runId = Long.toString(System.currentTimeMillis(), 36);
        long firstPack = SyntheticClaims.firstPackOfRun(Instant.now());
        LocalDate today = LocalDate.now();
        OpenLoopHttp.Result result = suite.institution.run("settlement", suite.settlement.resolve("/settlements"),
                options.integer("rate", 2000), options.seconds("warmup", 10), options.seconds("duration", 30),
                options.integer("max-in-flight", 256),
                i -> Json.write(SyntheticClaims.outpatient("B" + runId + "-" + i, idNumbers.get((int) (i % persons)),
                        SyntheticClaims.visitDay(today, i, persons), firstPack + i)),
                201);
        return result.line() + " persons=" + persons;
    }
}
