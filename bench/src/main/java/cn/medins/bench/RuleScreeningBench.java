package cn.medins.bench;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import cn.medins.audit.config.RuleCatalogueReader;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.InMemoryHistory;
import cn.medins.audit.domain.PatientFacts;
import cn.medins.audit.domain.RuleEngine;

/**
 * The audit's rule engine in process, on one thread: every rule of the shipped catalogue evaluated for outpatient
 * claims against a history of earlier claims of the same people and traceability codes. What a screening costs once
 * its history is loaded; the database round trips around it are measured by {@code catch-up}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleScreeningBench {

    private static final int PERSONS = 2_000;
    private static final int CLAIMS = 4_096;

    private RuleEngine engine;
    private InMemoryHistory history;
    private ClaimFacts[] claims;
    private int next;

    @Setup
    public void prepare() {
        engine = RuleEngine.of(RuleCatalogueReader.readDefault());
        history = new InMemoryHistory();
        LocalDate today = LocalDate.of(2026, 6, 15);
        String[] idNumbers = new String[PERSONS];
        for (int person = 0; person < PERSONS; person++) {
            idNumbers[person] = IdNumberFactory.of(SyntheticClaims.REGION, LocalDate.of(1960, 1, 1), person);
            for (int earlier = 1; earlier <= 5; earlier++) {
                history.record(facts("H" + person + "-" + earlier, idNumbers[person], today.minusDays(earlier * 7L),
                        person * 10L + earlier));
            }
        }
        claims = new ClaimFacts[CLAIMS];
        for (int i = 0; i < CLAIMS; i++) {
            claims[i] = facts("N" + i, idNumbers[i % PERSONS], today, 1_000_000L + i);
        }
    }

    private static ClaimFacts facts(String requestId, String idNumber, LocalDate date, long sequence) {
        return ClaimFacts.fromRequest(SyntheticClaims.outpatient(requestId, idNumber, date, sequence), PatientFacts.fromIdNumber(idNumber));
    }

    @Benchmark
    public int screenOneClaim() {
        ClaimFacts claim = claims[next++ & (CLAIMS - 1)];
        return engine.evaluate(claim, history).size();
    }

    static String run(Options options) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RuleScreeningBench.class.getSimpleName())
                .forks(1)
                .threads(1)
                .warmupIterations(options.integer("warmup-iterations", 3))
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(options.integer("iterations", 5))
                .measurementTime(TimeValue.seconds(2))
                .build()).run();
        var score = results.iterator().next().getPrimaryResult();
        return String.format(Locale.ROOT, "rule-screening: %.0f claims/s on one core (±%.0f, 99.9%% CI), %d rules, history of %d persons × 5 claims",
                score.getScore(), score.getScoreError(), RuleEngine.of(RuleCatalogueReader.readDefault()).catalogue().size(), PERSONS);
    }
}
