package cn.medins.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Text as Jackson reads it, refused when it holds a control character other than tab and line breaks. No field of
 * the suite has a use for one, PostgreSQL cannot store U+0000 at all (it failed the insert, a 500), and escape
 * sequences in a name end up in a caseworker's terminal.
 */
final class TextWithoutControlCharacters extends StdScalarDeserializer<String> {

    TextWithoutControlCharacters() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && text.chars().anyMatch(TextWithoutControlCharacters::isForbidden)) {
            throw InvalidFormatException.from(parser, "must not contain control characters", text, String.class);
        }
        return text;
    }

    private static boolean isForbidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
