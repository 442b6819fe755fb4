package cn.medins.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.EventCatalog;
import cn.medins.contracts.EventSchemas;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.settlement.SettlementEvents;

/** A benchmark that sends what the services refuse measures the dead-letter path, not the work: its inputs must be valid. */
class SyntheticInputsTest {

    @Test
    void syntheticIdNumbersAreValidAndDistinctAcrossBirthDateBlocks() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 5000).map(i -> i * 7).forEach(i -> {
            String idNumber = IdNumberFactory.of("371600", LocalDate.of(1950, 1, 1), i);
            assertThat(IdNumbers.isValid(idNumber)).as(idNumber).isTrue();
            assertThat(seen.add(idNumber)).as("duplicate " + idNumber).isTrue();
        });
    }

    @Test
    void backlogClaimSettledEventsSatisfyTheirSchema() {
        String idNumber = IdNumberFactory.of("371600", LocalDate.of(1950, 1, 1), 1234);
        SettlementEvents.ClaimSettled event = CatchUpBench.claimSettled("s-1", "BENCH1", idNumber, LocalDate.of(2026, 5, 1), 42);
        String schema = EventCatalog.of(SettlementEvents.CLAIM_SETTLED).orElseThrow().schema();

        assertThat(EventSchemas.validate(schema, Json.write(event))).isEmpty();
        assertThat(event.split().total()).isEqualByComparingTo(event.split().personal());
        assertThat(event.patient().birthDate()).isEqualTo(IdNumbers.birthDate(idNumber).orElseThrow());
    }

    @Test
    void visitsTakeTurnsSoNoPersonVisitsTwiceADayAndNoneBeforeTheYear() {
        int persons = 50;
        LocalDate latest = LocalDate.of(2026, 1, 3);
        Set<String> personDays = new HashSet<>();
        for (long claim = 0; claim < 1000; claim++) {
            LocalDate day = SyntheticClaims.visitDay(latest, claim, persons);
            assertThat(day).isBetween(LocalDate.of(2026, 1, 1), latest);
            if (claim < 3L * persons) {
                assertThat(personDays.add(claim % persons + "@" + day)).as("claim " + claim).isTrue();
            }
        }
        assertThat(SyntheticClaims.visitDay(latest, 3L * persons, persons)).isEqualTo(latest);
    }

    @Test
    void packsOfARunCarryWellFormedTraceCodesNotSoldByTheRunASecondBefore() {
        Instant start = Instant.parse("2026-12-02T10:00:00Z");
        long first = SyntheticClaims.firstPackOfRun(start);
        long lastOfRun = first + 999_999;
        String code = SyntheticClaims.outpatient("r", "x", LocalDate.of(2026, 1, 1), lastOfRun).items().get(0)
                .traceCodes().get(0);

        assertThat(code).hasSize(20).containsOnlyDigits();
        assertThat(SyntheticClaims.firstPackOfRun(start.plusSeconds(1))).isGreaterThan(lastOfRun);
    }

    @Test
    void optionsRefuseAnythingButNameEqualsValue() {
        assertThatThrownBy(() -> Options.parse(new String[] { "settlement", "--rate" }, 1))
                .hasMessageContaining("--name=value");
        assertThatThrownBy(() -> Options.parse(new String[] { "x", "--rate=fast" }, 1).integer("rate", 1))
                .hasMessageContaining("--rate must be a whole number");
        assertThat(Options.parse(new String[] { "x", "--rate=300" }, 1).integer("rate", 1)).isEqualTo(300);
    }
}
