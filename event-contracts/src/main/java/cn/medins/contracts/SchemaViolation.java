package cn.medins.contracts;

/** One reason a payload does not match its JSON Schema: the JSON path of the field and what is wrong with it. */
public record SchemaViolation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
