package cn.medins.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class JsonLimitsTest {

    enum Kind { LONG_TERM, TEMPORARY }

    record Request(String name, Kind kind, LocalDate validFrom, List<String> codes) {
    }

    private static final ObjectMapper MAPPER = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonLimits().customize(mapper);
        return mapper;
    }

    private static Request read(String json) throws Exception {
        return MAPPER.readValue(json, Request.class);
    }

    private static void assertRefusedAt(String json, String field) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo(field));
    }

    @Test
    void aWellFormedRequestIsReadAsWritten() throws Exception {
        Request request = read("""
                {"name":"张三\\t李四\\n","kind":"TEMPORARY","validFrom":"2026-12-02","codes":["A1"]}""");
        assertThat(request).isEqualTo(new Request("张三\t李四\n", Kind.TEMPORARY, LocalDate.of(2026, 12, 2), List.of("A1")));
    }

    @Test
    void aNumberIsNotTakenForAnEnumConstant() {
        assertRefusedAt("{\"kind\":1}", "kind");
    }

    @Test
    void aNumberOrAnEmptyStringIsNotTakenForADate() {
        assertRefusedAt("{\"validFrom\":20000}", "validFrom");
        assertRefusedAt("{\"validFrom\":\"\"}", "validFrom");
    }

    @Test
    void aNumberOrABooleanIsNotTakenForText() {
        assertRefusedAt("{\"name\":12345}", "name");
        assertRefusedAt("{\"name\":1.5}", "name");
        assertRefusedAt("{\"name\":true}", "name");
    }

    @Test
    void textWithANulOrAnEscapeCharacterIsRefusedWhereverItIs() {
        assertRefusedAt("{\"name\":\"张\\u0000三\"}", "name");
        assertRefusedAt("{\"codes\":[\"A\\u001b[31m\"]}", "codes");
    }
}
