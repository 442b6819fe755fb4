package cn.medins.bench;

import java.time.LocalDate;

/** {@code POST /pre-checks} at a fixed rate: the audit call a counter makes during the visit. */
final class PreCheckBench {

    private PreCheckBench() {
    }

    static String run(Options options) throws InterruptedException {
        Suite suite = new Suite(options);
        LocalDate today = LocalDate.now();
        int first = Suite.freshPersonRange(options);
        OpenLoopHttp.Result result = suite.institution.run("pre-check", suite.audit.resolve("/pre-checks"),
                options.integer("rate", 500), options.seconds("warmup", 10), options.seconds("duration", 30),
                options.integer("max-in-flight", 256),
                i -> Json.write(SyntheticClaims.outpatient("P" + i, IdNumberFactory.of(SyntheticClaims.REGION,
                        LocalDate.of(1950, 1, 1), first + (int) (i % 100_000)), today, i)),
                200);
        return result.line();
    }
}
