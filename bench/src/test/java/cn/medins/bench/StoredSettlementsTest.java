package cn.medins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** COPY's text format ends a field at a tab and a row at a line break: a stored JSON document must come through whole. */
class StoredSettlementsTest {

    @Test
    void aFieldKeepsItsBackslashesTabsAndLineBreaksAndNullIsTheNullMarker() {
        String json = "{\"detail\":\"60% of \\\"in scope\\\"\",\"note\":\"a\tb\nc\rd\"}";

        String field = StoredSettlements.field(new StringBuilder(), json).toString();

        assertThat(field).doesNotContain("\t", "\n", "\r")
                .isEqualTo("{\"detail\":\"60% of \\\\\"in scope\\\\\"\",\"note\":\"a\\tb\\nc\\rd\"}");
        assertThat(StoredSettlements.field(new StringBuilder(), null)).hasToString("\\N");
        assertThat(StoredSettlements.field(new StringBuilder(), "371600")).hasToString("371600");
    }

    @Test
    void insuredIdsSortAsTheirPersonsDo() {
        assertThat(StoredSettlements.insuredId(9)).isLessThan(StoredSettlements.insuredId(10)).hasSize(15);
    }

    @Test
    void aServerProcessesCpuTimeIsItsOwnAndWithTheReapedItsChildrensToo() {
        // postgres names its processes with spaces ("postgres: postgres settlement 127.0.0.1(5432) idle")
        String stat = "4242 (postgres: x (y) z) S 4200 4242 4242 0 -1 4194560 900 12 0 0 150 25 40 5 20 0 1 0 100 0 0";

        assertThat(ServerCpu.ticks(stat, false)).isEqualTo(175);
        assertThat(ServerCpu.ticks(stat, true)).isEqualTo(220);
    }
}
