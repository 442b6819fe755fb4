package cn.medins.assistance.domain;

import java.util.Optional;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.partner.AssistanceStatusChange;

/** What the JSON Schema cannot check in a civil-affairs record; each reason names the field. */
public final class StatusChangeValidator {

    private StatusChangeValidator() {
    }

    public static Optional<String> problemWith(AssistanceStatusChange change) {
        Optional<String> idNumber = IdNumbers.refusal("idNumber", change.idNumber());
        if (idNumber.isPresent()) {
            return idNumber;
        }
        if (change.category() == null) {
            return Optional.of("field category: required");
        }
        if (change.action() == null) {
            return Optional.of("field action: required");
        }
        if (change.validFrom() == null) {
            return Optional.of("field validFrom: required");
        }
        if (change.validTo() != null && change.validTo().isBefore(change.validFrom())) {
            return Optional.of("field validTo: " + change.validTo() + " is before validFrom " + change.validFrom());
        }
        return Optional.empty();
    }
}
