package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an institution's money is booked (POLICY.md, clearing and deductions). A closed month is final: an item that
 * belongs to it is booked in the first month after it that is still open. A month whose deductions exceed what the
 * funds owe pays nothing and carries the rest to the next month.
 */
public final class ClearingMonths {

    private ClearingMonths() {
    }

    /** The first month from {@code month} on that is not among {@code closed}. */
    public static String bookingMonth(String month, Collection<String> closed) {
        Set<String> sorted = new TreeSet<>(closed);
        YearMonth candidate = YearMonth.parse(month);
        while (sorted.contains(candidate.toString())) {
            candidate = candidate.plusMonths(1);
        }
        return candidate.toString();
    }

    public static String next(String month) {
        return YearMonth.parse(month).plusMonths(1).toString();
    }

    /**
     * A month's balance: what the funds owe, less confirmed deductions, plus what an earlier month carried (zero or
     * negative). The institution is paid it when positive; a negative balance pays 0 and is carried.
     */
    public record Balance(BigDecimal funds, BigDecimal deductions, BigDecimal carriedIn) {

        public BigDecimal net() {
            return funds.subtract(deductions).add(carriedIn);
        }

        public BigDecimal payable() {
            return Money.atLeastZero(net());
        }

        /** Zero, or the negative rest the next month starts with. */
        public BigDecimal carriedForward() {
            return net().signum() < 0 ? net() : Money.ZERO;
        }
    }
}
