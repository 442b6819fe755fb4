package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan, produced at two decimals rounded half-up. */
public final class Money {

    private Money() {
    }

    public static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice) {
        return yuan(quantity.multiply(unitPrice));
    }

    /** Average at four decimals, enough for comparing means without inventing money. */
    public static BigDecimal mean(BigDecimal total, long count) {
        return total.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
    }
}
