package cn.medins.rest;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What a JSON document may make the parser do, and what it may mean, for request bodies and partner records alike.
 * Nothing the suite exchanges nests deeper than a few levels or carries a string or number near these sizes, so a
 * hostile document fails fast with a field-naming error instead of costing memory and CPU. And nothing is read as
 * something it was not written as: Jackson would by default take {@code 3} for the fourth constant of an enum,
 * {@code 12345} for a date or a name, and {@code ""} for a missing date, each of which once settled or enrolled a
 * request that should have been refused.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NUMBER_LENGTH = 40;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // Strict java.time: no epoch-day numbers and no empty string for a date.
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("text-without-control-characters")
                .addDeserializer(String.class, new TextWithoutControlCharacters()));
    }
}
