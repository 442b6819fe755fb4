package cn.medins.localstack;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one request to a service's liveness URI found: UP (HTTP 200), DOWN (any other status) or no answer at all,
 * with a detail for the user saying which checks were DOWN or why there was no answer.
 */
record Liveness(State state, String detail) {

    enum State {
        UP, DOWN, NOT_ANSWERING
    }

    private static final String KO = "[KO]";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Liveness answered(int statusCode, String body) {
        if (statusCode == 200) {
            return new Liveness(State.UP, "");
        }
        List<String> down = downChecks(body);
        return new Liveness(State.DOWN, down.isEmpty() ? "HTTP " + statusCode : "checks DOWN: " + String.join(", ", down));
    }

    static Liveness notAnswering(String why) {
        return new Liveness(State.NOT_ANSWERING, why);
    }

    boolean isUp() {
        return state == State.UP;
    }

    /** "DOWN" or "not answering", as in "settlement-service liveness DOWN for 31 s". */
    String verb() {
        return state == State.NOT_ANSWERING ? "not answering" : state.name();
    }

    /**
     * The DOWN checks of a SmallRye Health report, each with the data entries it reports as failing; empty when the
     * body is not such a report, since a DOWN answer counts as DOWN whatever its body.
     */
    static List<String> downChecks(String body) {
        JsonNode report;
        try {
            report = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            return List.of();
        }
        if (report == null || !report.path("checks").isArray()) {
            return List.of();
        }
        List<String> down = new ArrayList<>();
        for (JsonNode check : report.path("checks")) {
            if ("DOWN".equals(check.path("status").asText())) {
                String name = check.path("name").isTextual() ? check.path("name").asText() : "unnamed check";
                List<String> failing = failingEntries(check.path("data"));
                down.add(failing.isEmpty() ? name : name + ": " + String.join(", ", failing));
            }
        }
        return down;
    }

    // SmallRye Reactive Messaging's check reports every channel in its data as "[OK]" or "[KO] - reason"; naming the
    // KO channels tells which consumer or producer is stuck without opening the log
    private static List<String> failingEntries(JsonNode data) {
        List<String> failing = new ArrayList<>();
        data.properties().forEach(entry -> {
            if (entry.getValue().isTextual() && entry.getValue().asText().startsWith(KO)) {
                failing.add(entry.getKey());
            }
        });
        return failing;
    }
}
