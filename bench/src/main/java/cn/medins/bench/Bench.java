package cn.medins.bench;

import java.util.Map;

/** {@code bench/run <benchmark> [--option=value ...]}: one benchmark against the running local stack, one line of figures. */
public final class Bench {

    @FunctionalInterface
    interface Benchmark {
        String run(Options options) throws Exception;
    }

    private static final Map<String, Benchmark> BENCHMARKS = Map.of(
            "settlement", SettlementBench::run,
            "overload", OverloadBench::run,
            "pre-check", PreCheckBench::run,
            "birth-to-enrolled", BirthToEnrolledBench::run,
            "needy-to-payment", NeedyToPaymentBench::run,
            "catch-up", CatchUpBench::run,
            "rule-screening", RuleScreeningBench::run,
            "policy-replay", PolicyReplayBench::run,
            "policy-replay-stored", PolicyReplayStoredBench::run,
            "memory", MemoryReport::run);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Benchmark benchmark = args.length == 0 ? null : BENCHMARKS.get(args[0]);
        if (benchmark == null) {
            System.err.println("usage: bench/run <" + String.join("|", BENCHMARKS.keySet()) + "> [--option=value ...]");
            System.exit(2);
        }
        System.out.println(benchmark.run(Options.parse(args, 1)));
    }
}
