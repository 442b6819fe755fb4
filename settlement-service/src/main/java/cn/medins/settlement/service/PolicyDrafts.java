package cn.medins.settlement.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.medins.rest.FieldError;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.config.PolicyFiles.InvalidPolicyException;
import cn.medins.settlement.service.PolicyService.Draft;

/** Reads a policy draft as strictly as a shipped file: anything refused is a 422 naming the field. */
final class PolicyDrafts {

    private PolicyDrafts() {
    }

    static Draft parse(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalidField("$", "a policy draft is required");
        }
        Draft draft = read(body);
        if (draft.policy() == null) {
            throw ProblemException.unprocessable("invalid-policy", "the draft has no policy", new FieldError("$.policy", "is required"));
        }
        try {
            PolicyFiles.ofPoolingRegion("draft", draft.policy());
        } catch (InvalidPolicyException e) {
            throw refused("$.policy." + e.field(), e);
        }
        return draft;
    }

    private static Draft read(String body) {
        try {
            return PolicyFiles.read("draft", new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), Draft.class);
        } catch (InvalidPolicyException e) {
            throw refused("$".equals(e.field()) ? "$" : "$." + e.field(), e);
        }
    }

    /** The day the draft takes effect, which must lie in its policy's year. */
    static LocalDate effectiveFrom(Draft draft) {
        return PolicyYearDays.inYear("$.effectiveFrom", draft.effectiveFrom(), draft.policy().year(), PolicyDrafts::invalid);
    }

    private static ProblemException refused(String field, InvalidPolicyException e) {
        return ProblemException.unprocessable("invalid-policy", "the policy draft is refused: " + e.reason(), new FieldError(field, e.reason()));
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.unprocessable("invalid-policy", "the policy draft is refused: " + field.substring(2) + " " + message,
                new FieldError(field, message));
    }
}
