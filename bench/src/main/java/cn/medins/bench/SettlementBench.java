package cn.medins.bench;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /settlements} at a fixed rate over many distinct persons, each request a new {@code requestId}. */
final class SettlementBench {

    private SettlementBench() {
    }

    static String run(Options options) throws InterruptedException {
        Suite suite = new Suite(options);
        int persons = options.integer("persons", 2000);
        List<String> idNumbers = suite.enrolResidents(persons, Suite.freshPersonRange(options));
        String runId = Long.toString(System.currentTimeMillis(), 36);
        LocalDate today = LocalDate.now();
        OpenLoopHttp.Result result = suite.institution.run("settlement", suite.settlement.resolve("/settlements"),
                options.integer("rate", 2000), options.seconds("warmup", 10), options.seconds("duration", 30),
                options.integer("max-in-flight", 256),
                i -> Json.write(SyntheticClaims.outpatient("B" + runId + "-" + i, idNumbers.get((int) (i % persons)), today, i)),
                201);
        return result.line() + " persons=" + persons;
    }
}
