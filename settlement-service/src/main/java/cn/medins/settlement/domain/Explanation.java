package cn.medins.settlement.domain;

import java.math.BigDecimal;

/** One line of a settlement's explanation: which step, the amount it produced, and how. */
public record Explanation(String step, BigDecimal amount, String detail) {

    public Explanation {
        amount = Money.fen(amount);
    }
}
