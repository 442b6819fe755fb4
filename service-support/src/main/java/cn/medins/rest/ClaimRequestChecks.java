package cn.medins.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.claim.ClaimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Checks a claim before anything is judged or computed, the same at the counter's settlement and at the pre-check, so
 * that one malformed claim gets one answer wherever it is sent. API.md makes a negative amount and an ID number with a
 * wrong check digit business refusals (422); every other malformed input is a 400 from Bean Validation. Resources take
 * the claim without {@code @Valid} and call this instead.
 */
@ApplicationScoped
public class ClaimRequestChecks {

    private final Validator validator;

    public ClaimRequestChecks(Validator validator) {
        this.validator = validator;
    }

    public void check(ClaimRequest claim) {
        List<FieldError> negative = negativeAmounts(claim);
        if (!negative.isEmpty()) {
            throw ProblemException.unprocessable("negative-amount", "amounts of a claim are never negative",
                    negative.toArray(FieldError[]::new));
        }
        Set<ConstraintViolation<ClaimRequest>> violations = validator.validate(claim);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (claim.dischargeDate() != null && claim.dischargeDate().isBefore(claim.admissionDate())) {
            throw ProblemException.invalidField("$.dischargeDate", "must not be before admissionDate");
        }
        if (claim.idNumber() != null && !IdNumbers.isValid(claim.idNumber())) {
            throw ProblemException.invalidIdNumber("$.idNumber");
        }
    }

    private static List<FieldError> negativeAmounts(ClaimRequest claim) {
        List<FieldError> errors = new ArrayList<>();
        if (claim.items() == null) {
            return errors;
        }
        for (int i = 0; i < claim.items().size(); i++) {
            ClaimRequest.Item item = claim.items().get(i);
            if (item == null) {
                continue;
            }
            if (isNegative(item.quantity())) {
                errors.add(new FieldError("$.items[" + i + "].quantity", "must not be negative"));
            }
            if (isNegative(item.unitPrice())) {
                errors.add(new FieldError("$.items[" + i + "].unitPrice", "must not be negative"));
            }
        }
        return errors;
    }

    private static boolean isNegative(BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }
}
