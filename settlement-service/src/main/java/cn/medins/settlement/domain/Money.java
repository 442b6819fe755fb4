package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan to the fen: every amount the calculator produces is rounded half-up here, ratios never are. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal atLeastZero(BigDecimal amount) {
        return amount.signum() < 0 ? ZERO : amount;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** What is left of an annual cap, never negative. */
    public static BigDecimal left(BigDecimal cap, BigDecimal used) {
        return atLeastZero(cap.subtract(used));
    }
}
