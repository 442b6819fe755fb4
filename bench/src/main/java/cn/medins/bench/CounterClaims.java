package cn.medins.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The outpatient claims of one run, each with a new {@code requestId}, over many distinct persons enrolled for it. No
 * two claims share a person and a day or a pack of medicine, also across runs: otherwise every claim after the first
 * round would be flagged as duplicate billing or a resold pack, and the audit events that follow would make the load
 * heavier than the counter's.
 */
final class CounterClaims {

    private final List<String> idNumbers;
    private final String requestIdPrefix;
    private final long firstPack;
    private final LocalDate today;

    private CounterClaims(List<String> idNumbers, String requestIdPrefix, long firstPack, LocalDate today) {
        this.idNumbers = idNumbers;
        this.requestIdPrefix = requestIdPrefix;
        this.firstPack = firstPack;
        this.today = today;
    }

    /**
     * Enrols {@code --persons} residents ({@code defaultPersons} without the option) and waits until settlement knows
     * them; the run's request ids start with {@code prefix}.
     */
    static CounterClaims enrol(Suite suite, Options options, int defaultPersons, String prefix) throws InterruptedException {
        int persons = options.integer("persons", defaultPersons);
        List<String> idNumbers = suite.enrolResidents(persons, Suite.freshPersonRange(options));
        return new CounterClaims(idNumbers, prefix + Long.toString(System.currentTimeMillis(), 36) + "-",
                SyntheticClaims.firstPackOfRun(Instant.now()), LocalDate.now());
    }

    int persons() {
        return idNumbers.size();
    }

    /** The {@code i}-th claim of the run, as the JSON body of {@code POST /settlements}. */
    String json(long i) {
        int persons = idNumbers.size();
        return Json.write(SyntheticClaims.outpatient(requestIdPrefix + i, idNumbers.get((int) (i % persons)),
                SyntheticClaims.visitDay(today, i, persons), firstPack + i));
    }
}
