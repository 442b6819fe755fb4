package cn.medins.e2e.badinput;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class BadInputsTest {

    private static final String VALID_ID = "11010519491231002X";
    private static final String EXAMPLE = """
            {"certificateNo":"Q1","newbornName":"张小宝","sex":"F","birthDate":"2026-11-30",\
            "mother":{"idNumber":"11010519491231002X","name":"李娜"},\
            "items":[{"quantity":2,"unitPrice":12.50,"selfPay":false}]}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<BadInput> INPUTS = BadInputs.from(EXAMPLE)
            .required("certificateNo", "mother.idNumber", "items[0].quantity")
            .idNumbers("mother.idNumber")
            .dates("birthDate")
            .enums("sex")
            .amounts("items[0].unitPrice")
            .strings("newbornName")
            .build();

    @Test
    void documentLevelInputsAreNotUtf8OrFailAStrictParseOrAreNotObjects() {
        List<BadInput> unreadable = INPUTS.stream().filter(input -> input.field() == null).toList();

        assertThat(unreadable).hasSize(14);
        assertThat(unreadable).allSatisfy(input -> assertThat(isUtf8(input.body()) && isJsonObject(input.body()))
                .as(input.label()).isFalse());
        assertThat(unreadable).filteredOn(input -> input.label().contains("truncated") || input.label().contains("final }"))
                .hasSize(4)
                .allSatisfy(input -> assertThatThrownBy(() -> JSON.readTree(input.body())).as(input.label())
                        .isInstanceOf(IOException.class));
    }

    @Test
    void nonUtf8BodiesAreRefusedByAStrictDecoderThoughTheRestIsTheExample() throws IOException {
        byte[] insideString = input("document: bytes C3 28, not UTF-8, inside a string").body();
        byte[] byteOrderMark = input("document: starts with bytes FF FE").body();

        assertThat(isUtf8(insideString)).isFalse();
        assertThat(isUtf8(byteOrderMark)).isFalse();
        // A lenient decoder turns the lone C3 into U+FFFD and keeps the 28, "(".
        assertThat(JSON.readTree(new String(insideString, UTF_8).replace("\uFFFD(", ""))).isEqualTo(JSON.readTree(EXAMPLE));
        assertThat(byteOrderMark).startsWith((byte) 0xFF, (byte) 0xFE);
        assertThat(JSON.readTree(Arrays.copyOfRange(byteOrderMark, 2, byteOrderMark.length))).isEqualTo(JSON.readTree(EXAMPLE));
    }

    @Test
    void everyFieldLevelInputIsAnObjectThatDiffersFromTheExampleOnlyAtItsField() throws IOException {
        JsonNode example = JSON.readTree(EXAMPLE);

        for (BadInput input : INPUTS.stream().filter(input -> input.field() != null).toList()) {
            JsonNode changed = JSON.readTree(input.body());
            assertThat(changed.isObject()).as(input.label()).isTrue();
            assertThat(changed.at(pointer(input.field()))).as(input.label()).isNotEqualTo(example.at(pointer(input.field())));
            assertThat(without(changed, input.field())).as(input.label()).isEqualTo(without(example, input.field()));
        }
    }

    @Test
    void wrongTypeInputsChangeTheJsonTypeOfEveryLeafAndNothingElse() throws IOException {
        JsonNode example = JSON.readTree(EXAMPLE);
        List<BadInput> wrongTypes = INPUTS.stream().filter(input -> input.label().contains(" instead of ")).toList();

        assertThat(wrongTypes).extracting(BadInput::field).containsOnly("$.certificateNo", "$.newbornName", "$.sex",
                "$.birthDate", "$.mother.idNumber", "$.mother.name", "$.items[0].quantity", "$.items[0].unitPrice",
                "$.items[0].selfPay");
        assertThat(wrongTypes).hasSize(6 * 2 + 2 * 2 + 1);
        for (BadInput input : wrongTypes) {
            JsonNode changed = JSON.readTree(input.body());
            assertThat(changed.at(pointer(input.field())).getNodeType()).as(input.label())
                    .isNotEqualTo(example.at(pointer(input.field())).getNodeType());
            assertThat(without(changed, input.field())).as(input.label()).isEqualTo(without(example, input.field()));
        }
    }

    @Test
    void aRemovedRequiredFieldIsAbsentAndTheRestIntact() throws IOException {
        JsonNode changed = JSON.readTree(input("mother.idNumber: missing").body());

        assertThat(changed.at("/mother/idNumber").isMissingNode()).isTrue();
        assertThat(changed.at("/mother/name").asText()).isEqualTo("李娜");
        assertThat(changed).isEqualTo(without(JSON.readTree(EXAMPLE), "$.mother.idNumber"));
        assertThat(JSON.readTree(input("certificateNo: null").body()).get("certificateNo").isNull()).isTrue();
    }

    @Test
    void aWrongCheckDigitIdIsEighteenCharactersDifferingFromTheValidOneOnlyInTheLast() throws IOException {
        String id = JSON.readTree(input("mother.idNumber: wrong check digit").body()).at("/mother/idNumber").asText();

        assertThat(id).hasSize(18).startsWith(VALID_ID.substring(0, 17));
        assertThat(id.charAt(17)).isNotEqualTo(VALID_ID.charAt(17)).isNotEqualTo(iso7064CheckChar(id.substring(0, 17)));
    }

    @Test
    void anImpossibleBirthDateIdCarriesItsRightCheckDigitSoOnlyTheDateIsWrong() throws IOException {
        String id = JSON.readTree(input("mother.idNumber: birth month 13").body()).at("/mother/idNumber").asText();

        assertThat(id.substring(10, 12)).isEqualTo("13");
        assertThat(id.charAt(17)).isEqualTo(iso7064CheckChar(id.substring(0, 17)));
    }

    @Test
    void theCheckDigitAgreesWithAnIndependentIso7064Computation() {
        assertThat(iso7064CheckChar("11010519491231002")).isEqualTo('X');
        assertThat(BadInputs.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(BadInputs.checkDigit("37160219900101001")).isEqualTo(iso7064CheckChar("37160219900101001"));
    }

    @Test
    void aPathTheExampleDoesNotHaveMakesBuildThrowNamingIt() {
        assertThatThrownBy(() -> BadInputs.from(EXAMPLE).required("mother.idNumbr").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mother.idNumbr");
        assertThatThrownBy(() -> BadInputs.from(EXAMPLE).amounts("items[1].unitPrice").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items[1].unitPrice");
        assertThatThrownBy(() -> BadInputs.from(EXAMPLE).dates("items[0.quantity").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items[0.quantity");
    }

    @Test
    void labelsAreUniqueEvenWhenAPathIsRequestedTwice() {
        List<BadInput> twice = BadInputs.from(EXAMPLE).required("sex", "sex").enums("sex").enums("sex").build();

        assertThat(INPUTS).extracting(BadInput::label).doesNotHaveDuplicates();
        assertThat(twice).extracting(BadInput::label).doesNotHaveDuplicates().contains("sex: missing", "sex: lower-case value f");
    }

    @Test
    void oversizedNumbersAppearLiterallyInTheBodyAtTheirField() throws IOException {
        BadInput trillion = input("items[0].unitPrice: amount 10^12");

        assertThat(new String(trillion.body(), UTF_8)).contains("\"unitPrice\":1000000000000,");
        assertThat(JSON.readTree(trillion.body()).at(pointer(trillion.field())).longValue()).isEqualTo(1_000_000_000_000L);
        assertThat(new String(input("items[0].unitPrice: amount 1e400 beyond any double").body(), UTF_8))
                .contains("\"unitPrice\":1e400,");
        assertThat(new String(input("items[0].quantity: number with 50 digits").body(), UTF_8))
                .contains("\"quantity\":" + "1234567890".repeat(5) + ",");
    }

    private static BadInput input(String label) {
        return INPUTS.stream().filter(input -> input.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no input labelled " + label));
    }

    private static boolean isUtf8(byte[] body) {
        try {
            UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isJsonObject(byte[] body) {
        try {
            return JSON.readTree(body).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    /** Written as 2^(17-i) mod 11 with the total made ≡ 1, not with the weight table the generator uses. */
    private static char iso7064CheckChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        int check = Math.floorMod(1 - sum, 11);
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static JsonPointer pointer(String field) {
        return JsonPointer.compile("/" + field.substring("$.".length()).replace("]", "").replace('[', '/').replace('.', '/'));
    }

    private static JsonNode without(JsonNode document, String field) {
        JsonNode copy = document.deepCopy();
        JsonNode parent = copy.at(pointer(field).head());
        JsonPointer last = pointer(field).last();
        if (parent instanceof ArrayNode array) {
            array.remove(last.getMatchingIndex());
        } else {
            ((ObjectNode) parent).remove(last.getMatchingProperty());
        }
        return copy;
    }
}
