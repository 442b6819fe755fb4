package cn.medins.settlement.service;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.Explanation;
import cn.medins.settlement.domain.PolicyReplay;
import cn.medins.settlement.domain.RatingInput;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The explanation lines, the accumulator change and the rating input (what the calculator saw) of a settlement, kept
 * as JSON on its row.
 */
@ApplicationScoped
public class SettlementJson {

    private static final TypeReference<List<Explanation>> LINES = new TypeReference<>() {
    };

    private final ObjectMapper objectMapper;

    public SettlementJson(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public List<Explanation> lines(String json) {
        try {
            return objectMapper.readValue(json, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored explanation lines are not readable", e);
        }
    }

    public Accumulators delta(String json) {
        try {
            return objectMapper.readValue(json, Accumulators.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored accumulator change is not readable", e);
        }
    }

    /** What the calculator saw, as {@link #write} stored it: reads back equal, amounts to the same scale. */
    public RatingInput rated(String json) {
        try {
            return objectMapper.readValue(json, RatingInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rating input is not readable", e);
        }
    }

    public PolicyReplay.Result replayResult(String json) {
        try {
            return objectMapper.readValue(json, PolicyReplay.Result.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored replay result is not readable", e);
        }
    }
}
