package cn.medins.e2e.badinput;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Inputs a service must refuse, derived from one valid example: the document made unreadable, every leaf given the
 * wrong JSON type, and, for the fields a caller names, the values a validator must catch. An unknown extra field is
 * deliberately not among them: some consumers tolerate unknown fields for forward compatibility.
 */
public final class BadInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Holds the place of bytes Jackson would not write as given: it writes 1e400 as 1E+400, and no String is bad UTF-8. */
    private static final String MARKER = "bad-input-marker-5e1f";
    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28};
    /** A UTF-16 little-endian byte-order mark; JSON exchanged between systems must be UTF-8 without one (RFC 8259). */
    private static final byte[] UTF16_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARS = "10X98765432";

    private final ObjectNode example;
    private final List<Request> requests = new ArrayList<>();

    private BadInputs(ObjectNode example) {
        this.example = example;
    }

    public static BadInputs from(String validJson) {
        try {
            if (JSON.readTree(validJson) instanceof ObjectNode example) {
                return new BadInputs(example);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the example is not JSON", e);
        }
        throw new IllegalArgumentException("the example is not a JSON object");
    }

    public BadInputs required(String... paths) {
        return request(paths, (path, current) -> List.of(
                refusal(path, "missing", without(path)),
                replaced(path, "null", NullNode.getInstance())));
    }

    public BadInputs idNumbers(String... paths) {
        return request(paths, this::badIdNumbers);
    }

    public BadInputs dates(String... paths) {
        return request(paths, (path, current) -> List.of(
                replaced(path, "date 2026-02-30 that does not exist", text("2026-02-30")),
                replaced(path, "date with month 13", text("2026-13-01")),
                replaced(path, "date written 01/02/2026", text("01/02/2026")),
                replaced(path, "empty date", text("")),
                replaced(path, "date without zero padding 2026-1-1", text("2026-1-1"))));
    }

    public BadInputs enums(String... paths) {
        return request(paths, this::badEnumValues);
    }

    public BadInputs amounts(String... paths) {
        return request(paths, (path, current) -> List.of(
                literal(path, "negative amount -1", "-1"),
                literal(path, "negative amount -0.01", "-0.01"),
                literal(path, "amount 10^12", "1000000000000"),
                literal(path, "amount 1e400 beyond any double", "1e400"),
                literal(path, "amount with 3 decimals 12.345", "12.345"),
                replaced(path, "amount as text \"abc\"", text("abc"))));
    }

    public BadInputs strings(String... paths) {
        return request(paths, (path, current) -> List.of(
                replaced(path, "text of 10,000 characters", text("x".repeat(10_000))),
                replaced(path, "text containing U+0000", text(current.asText() + Character.toString(0))),
                replaced(path, "whitespace-only text", text(" \t ")),
                replaced(path, "empty text", text(""))));
    }

    /** @throws IllegalArgumentException naming a requested path the example lacks, or whose ID number is not valid */
    public List<BadInput> build() {
        List<BadInput> inputs = new ArrayList<>();
        for (Request request : requests) {
            Path path = Path.parse(request.path());
            JsonNode current = example.at(path.pointer());
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("the example has no field " + request.path());
            }
            inputs.addAll(request.variants().of(path, current));
        }
        Map<Path, JsonNode> leaves = new LinkedHashMap<>();
        collectLeaves(Path.ROOT, example, leaves);
        inputs.addAll(unreadableDocuments(leaves));
        inputs.addAll(oversizedValues(leaves));
        leaves.forEach((path, leaf) -> inputs.addAll(wrongTypes(path, leaf)));
        // A path requested twice yields the same inputs twice; sending each once is enough.
        Map<String, BadInput> byLabel = new LinkedHashMap<>();
        inputs.forEach(input -> byLabel.putIfAbsent(input.label(), input));
        return List.copyOf(byLabel.values());
    }

    /** ISO 7064 MOD 11-2; written out here rather than borrowed from the services, whose checks the campaign tests. */
    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17.charAt(i), 10) * ID_WEIGHTS[i];
        }
        return ID_CHECK_CHARS.charAt(sum % 11);
    }

    private BadInputs request(String[] paths, Variants variants) {
        for (String path : paths) {
            requests.add(new Request(path, variants));
        }
        return this;
    }

    private List<BadInput> badIdNumbers(Path path, JsonNode current) {
        String id = current.asText();
        if (!current.isTextual() || !id.matches("\\d{17}[\\dX]") || id.charAt(17) != checkDigit(id.substring(0, 17))) {
            throw new IllegalArgumentException("the example's " + path.text() + " is not a valid ID number");
        }
        String first17 = id.substring(0, 17);
        char wrongCheck = ID_CHECK_CHARS.charAt((ID_CHECK_CHARS.indexOf(id.charAt(17)) + 1) % ID_CHECK_CHARS.length());
        // Given its right check digit, so that the birth date is the only thing a validator can object to.
        String month13 = first17.substring(0, 10) + "13" + first17.substring(12);
        return List.of(
                replaced(path, "wrong check digit", text(first17 + wrongCheck)),
                replaced(path, "17 characters", text(first17)),
                replaced(path, "19 characters", text(id + "0")),
                replaced(path, "letters inside", text(id.substring(0, 14) + "AB" + id.substring(16))),
                replaced(path, "birth month 13", text(month13 + checkDigit(month13))));
    }

    private List<BadInput> badEnumValues(Path path, JsonNode current) {
        List<BadInput> inputs = new ArrayList<>();
        inputs.add(replaced(path, "unknown value NOT_A_VALUE", text("NOT_A_VALUE")));
        String lowerCase = current.asText().toLowerCase(Locale.ROOT);
        if (current.isTextual() && !lowerCase.equals(current.asText())) {
            inputs.add(replaced(path, "lower-case value " + lowerCase, text(lowerCase)));
        }
        inputs.add(replaced(path, "empty value", text("")));
        inputs.add(replaced(path, "number 3 as the value", IntNode.valueOf(3)));
        return inputs;
    }

    private List<BadInput> unreadableDocuments(Map<Path, JsonNode> leaves) {
        byte[] valid = utf8(example);
        List<BadInput> inputs = new ArrayList<>(List.of(
                unreadable("truncated at 1/4", Arrays.copyOf(valid, valid.length / 4)),
                unreadable("truncated at 1/2", Arrays.copyOf(valid, valid.length / 2)),
                unreadable("truncated at 3/4", Arrays.copyOf(valid, valid.length * 3 / 4)),
                unreadable("final } removed", Arrays.copyOf(valid, valid.length - 1)),
                unreadable("starts with bytes FF FE", concat(UTF16_BOM, valid)),
                unreadable("10,000 nested arrays", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(UTF_8)),
                unreadable("an array, not an object", "[]".getBytes(UTF_8)),
                unreadable("a number, not an object", "42".getBytes(UTF_8)),
                unreadable("a string, not an object", "\"text\"".getBytes(UTF_8)),
                unreadable("null, not an object", "null".getBytes(UTF_8)),
                unreadable("true, not an object", "true".getBytes(UTF_8)),
                unreadable("empty body", new byte[0]),
                unreadable("whitespace only", " \r\n\t ".getBytes(UTF_8))));
        leaves.entrySet().stream().filter(leaf -> leaf.getValue().isTextual()).findFirst()
                .ifPresent(leaf -> inputs.add(invalidUtf8Inside(leaf.getKey(), leaf.getValue().asText())));
        return inputs;
    }

    private BadInput invalidUtf8Inside(Path stringLeaf, String value) {
        String json = json(changed(stringLeaf, text(MARKER + value)));
        int at = json.indexOf(MARKER);
        byte[] before = json.substring(0, at).getBytes(UTF_8);
        byte[] after = json.substring(at + MARKER.length()).getBytes(UTF_8);
        return unreadable("bytes C3 28, not UTF-8, inside a string", concat(before, INVALID_UTF8, after));
    }

    private List<BadInput> oversizedValues(Map<Path, JsonNode> leaves) {
        List<BadInput> inputs = new ArrayList<>();
        example.properties().stream().findFirst().ifPresent(first -> {
            ArrayNode nested = JSON.createArrayNode();
            for (int depth = 1; depth < 100; depth++) {
                nested = JSON.createArrayNode().add(nested);
            }
            inputs.add(replaced(Path.ROOT.field(first.getKey()), "100 nested arrays", nested));
        });
        leaves.entrySet().stream().filter(leaf -> leaf.getValue().isNumber()).findFirst()
                .ifPresent(leaf -> inputs.add(literal(leaf.getKey(), "number with 50 digits", "1234567890".repeat(5))));
        return inputs;
    }

    private List<BadInput> wrongTypes(Path path, JsonNode leaf) {
        return switch (leaf.getNodeType()) {
            case STRING -> List.of(replaced(path, "number instead of string", IntNode.valueOf(12345)),
                    replaced(path, "object instead of string", JSON.createObjectNode()));
            case NUMBER -> List.of(replaced(path, "string instead of number", text("abc")),
                    replaced(path, "array instead of number", JSON.createArrayNode()));
            case BOOLEAN -> List.of(replaced(path, "string instead of boolean", text("yes")));
            default -> List.of(); // a null leaf has no type to get wrong
        };
    }

    private static void collectLeaves(Path path, JsonNode node, Map<Path, JsonNode> leaves) {
        if (node.isObject()) {
            node.properties().forEach(property -> collectLeaves(path.field(property.getKey()), property.getValue(), leaves));
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                collectLeaves(path.index(index), node.get(index), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private BadInput replaced(Path path, String what, JsonNode value) {
        return refusal(path, what, utf8(changed(path, value)));
    }

    private BadInput literal(Path path, String what, String literal) {
        String json = json(changed(path, text(MARKER)));
        return refusal(path, what, json.replace("\"" + MARKER + "\"", literal).getBytes(UTF_8));
    }

    private ObjectNode changed(Path path, JsonNode value) {
        ObjectNode copy = example.deepCopy();
        JsonNode parent = copy.at(path.pointer().head());
        JsonPointer last = path.pointer().last();
        if (parent instanceof ArrayNode array) {
            array.set(last.getMatchingIndex(), value);
        } else {
            ((ObjectNode) parent).set(last.getMatchingProperty(), value);
        }
        return copy;
    }

    private byte[] without(Path path) {
        ObjectNode copy = example.deepCopy();
        JsonNode parent = copy.at(path.pointer().head());
        JsonPointer last = path.pointer().last();
        if (parent instanceof ArrayNode array) {
            array.remove(last.getMatchingIndex());
        } else {
            ((ObjectNode) parent).remove(last.getMatchingProperty());
        }
        return utf8(copy);
    }

    private static BadInput refusal(Path path, String what, byte[] body) {
        return new BadInput(path.text() + ": " + what, body, "$." + path.text());
    }

    private static BadInput unreadable(String what, byte[] body) {
        return new BadInput("document: " + what, body, null);
    }

    private static TextNode text(String value) {
        return TextNode.valueOf(value);
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(JsonNode node) {
        return json(node).getBytes(UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }

    private interface Variants {
        List<BadInput> of(Path path, JsonNode current);
    }

    private record Request(String path, Variants variants) {
    }

    /** A dotted path with array indexes, {@code items[0].quantity}, and the JSON Pointer that reaches the same node. */
    private record Path(String text, JsonPointer pointer) {

        private static final Pattern SYNTAX = Pattern.compile("[^.\\[\\]~/]+(\\[\\d{1,9}])*(\\.[^.\\[\\]~/]+(\\[\\d{1,9}])*)*");
        static final Path ROOT = new Path("", JsonPointer.empty());

        static Path parse(String text) {
            if (!SYNTAX.matcher(text).matches()) {
                throw new IllegalArgumentException("not a field path: " + text);
            }
            return new Path(text, JsonPointer.compile("/" + text.replace("]", "").replace('[', '/').replace('.', '/')));
        }

        Path field(String name) {
            return new Path(text.isEmpty() ? name : text + "." + name, pointer.appendProperty(name));
        }

        Path index(int index) {
            return new Path(text + "[" + index + "]", pointer.appendIndex(index));
        }
    }
}
