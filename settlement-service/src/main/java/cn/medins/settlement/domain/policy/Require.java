package cn.medins.settlement.domain.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks of policy figures, made where each figure is constructed; the message starts with the field name so that the
 * loader can report the full path of a bad field ({@code resident.inpatient[2].ratio: ...}).
 */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value;
    }

    static BigDecimal amount(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() < 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + ": must be a non-negative amount in yuan with at most two decimals, was " + value);
        }
        return value;
    }

    static BigDecimal ratio(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(field + ": must be a ratio between 0 and 1, was " + value);
        }
        return value;
    }

    static int positive(int value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException(field + ": must be at least 1, was " + value);
        }
        return value;
    }

    static int notNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + ": must be 0 or more, was " + value);
        }
        return value;
    }

    static <T> List<T> notEmpty(List<T> values, String field) {
        present(values, field);
        if (values.isEmpty() || values.contains(null)) {
            throw new IllegalArgumentException(field + ": must list at least one entry and no empty one");
        }
        return List.copyOf(values);
    }
}
