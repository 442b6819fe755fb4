package cn.medins.bench;

/** {@code POST /settlements} at a fixed rate over many distinct persons ({@link CounterClaims}). */
final class SettlementBench {

    private SettlementBench() {
    }

    static String run(Options options) throws InterruptedException {
        Suite suite = new Suite(options);
        CounterClaims claims = CounterClaims.enrol(suite, options, 2000, "B");
        OpenLoopHttp.Result result = suite.institution.run("settlement", suite.settlement.resolve("/settlements"),
                options.integer("rate", 2000), options.seconds("warmup", 10), options.seconds("duration", 30),
                options.integer("max-in-flight", 256), claims::json, 201);
        return result.line() + " persons=" + claims.persons();
    }
}
