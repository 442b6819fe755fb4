package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.hibernate.reactive.mutiny.Mutiny;

import cn.medins.contracts.settlement.SettlementEvents.ClearingAdjustment;
import cn.medins.persistence.AdvisoryLocks;
import cn.medins.settlement.domain.ClearingMonths;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Closed months, the live figures of an open one, and the audit facts that bear on them. */
@ApplicationScoped
public class ClearingRepository implements PanacheRepositoryBase<ClearingRecord, String> {

    /**
     * A month's live figures: claims booked in it and not reversed, with the late reversals booked in it; confirmed
     * deductions booked in it; what an earlier month carried into it; flags still open.
     */
    public record Totals(long claimCount, Funds funds, BigDecimal auditDeductions, BigDecimal carriedIn, long openFlags) {

        public ClearingMonths.Balance balance() {
            return new ClearingMonths.Balance(funds.total(), auditDeductions, carriedIn);
        }
    }

    public Uni<Totals> live(String institutionId, String month) {
        return session(session -> session.createNativeQuery("""
                with s as (select count(*) n, coalesce(sum(basic_pool), 0) bp, coalesce(sum(large_medical), 0) lm,
                                  coalesce(sum(critical_illness), 0) ci, coalesce(sum(assistance), 0) ma, coalesce(sum(maternity_fund), 0) mf
                           from settlement where institution_id = :i and clearing_month = :m and status = 'SETTLED'),
                     a as (select coalesce(sum(basic_pool), 0) bp, coalesce(sum(large_medical), 0) lm, coalesce(sum(critical_illness), 0) ci,
                                  coalesce(sum(assistance), 0) ma, coalesce(sum(maternity_fund), 0) mf, coalesce(sum(carried), 0) carried
                           from clearing_adjustment where institution_id = :i and clearing_month = :m)
                select s.n, s.bp + a.bp, s.lm + a.lm, s.ci + a.ci, s.ma + a.ma, s.mf + a.mf,
                       (select coalesce(sum(amount), 0) from audit_deduction d where d.institution_id = :i and d.clearing_month = :m),
                       a.carried,
                       (select count(*) from audit_flag f where f.institution_id = :i and f.clearing_month = :m and f.open)
                from s, a""", Object[].class)
                .setParameter("i", institutionId)
                .setParameter("m", month)
                .getSingleResult())
                .map(row -> new Totals(((Number) row[0]).longValue(),
                        Funds.of((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4], (BigDecimal) row[5]),
                        (BigDecimal) row[6], (BigDecimal) row[7], ((Number) row[8]).longValue()));
    }

    /** The items of a month that belong to another: late settlements, reversals and deductions, and a carried balance. */
    public Uni<List<ClearingAdjustment>> adjustments(String institutionId, String month) {
        return session(session -> session.createNativeQuery("""
                select 'LATE_SETTLEMENT', settlement_id, to_char(service_date, 'YYYY-MM'),
                       basic_pool + large_medical + critical_illness + assistance + maternity_fund
                from settlement where institution_id = :i and clearing_month = :m and status = 'SETTLED'
                  and to_char(service_date, 'YYYY-MM') <> :m
                union all
                select kind, settlement_id, concerns_month,
                       basic_pool + large_medical + critical_illness + assistance + maternity_fund + carried
                from clearing_adjustment where institution_id = :i and clearing_month = :m
                union all
                select 'LATE_DEDUCTION', settlement_id, concerns_month, -amount
                from audit_deduction where institution_id = :i and clearing_month = :m and concerns_month <> :m
                order by 3, 1, 2""", Object[].class)
                .setParameter("i", institutionId)
                .setParameter("m", month)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new ClearingAdjustment((String) row[0], (String) row[1], (String) row[2],
                        (BigDecimal) row[3])).toList());
    }

    /**
     * The month an item of {@code month} is booked in: that month while it is open, else the institution's next open
     * one. The month found is share-locked until the transaction ends, so it cannot be closed before the item is in.
     */
    public Uni<String> bookingMonth(String institutionId, String month) {
        return shareMonth(institutionId, month)
                .chain(() -> closedFrom(institutionId, month))
                .chain(closed -> {
                    String booked = ClearingMonths.bookingMonth(month, closed);
                    // a month found open may have been closed before its lock was ours: look again from it
                    return booked.equals(month) ? Uni.createFrom().item(month) : bookingMonth(institutionId, booked);
                });
    }

    /** The institution's closed months from {@code month} on. */
    private Uni<List<String>> closedFrom(String institutionId, String month) {
        return session(session -> session.createNativeQuery(
                "select clearing_month from clearing where institution_id = :i and clearing_month >= :m", String.class)
                .setParameter("i", institutionId)
                .setParameter("m", month)
                .getResultList());
    }

    /**
     * Settlements, reversals and deductions of a month take it shared, so they go on side by side; closing it takes it
     * exclusively ({@link #lockMonth}), so a close waits for the items in progress and the items for the close.
     */
    private Uni<Void> shareMonth(String institutionId, String month) {
        return AdvisoryLocks.take("select pg_advisory_xact_lock_shared(hashtext(:key))",
                Map.of("key", "clearing/" + ClearingRecord.key(institutionId, month)));
    }

    /** Books a late reversal or a carried balance in {@code month}: signed fund amounts, and what was carried. */
    public Uni<Void> adjustment(String institutionId, String month, String concernsMonth, String kind, String settlementId,
            Funds funds, BigDecimal carried) {
        return session(session -> session.createNativeQuery("""
                insert into clearing_adjustment (adjustment_id, institution_id, clearing_month, concerns_month, kind, settlement_id,
                    basic_pool, large_medical, critical_illness, assistance, maternity_fund, carried, created_at)
                values (:id, :i, :m, :concerns, :kind, :settlement, :bp, :lm, :ci, :ma, :mf, :carried, now())""")
                .setParameter("id", UUID.randomUUID().toString())
                .setParameter("i", institutionId)
                .setParameter("m", month)
                .setParameter("concerns", concernsMonth)
                .setParameter("kind", kind)
                .setParameter("settlement", settlementId)
                .setParameter("bp", funds.basicPool)
                .setParameter("lm", funds.largeMedical)
                .setParameter("ci", funds.criticalIllness)
                .setParameter("ma", funds.assistance)
                .setParameter("mf", funds.maternityFund)
                .setParameter("carried", carried)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Serialises closing one month of one institution until the transaction ends. */
    public Uni<Void> lockMonth(String institutionId, String month) {
        return AdvisoryLocks.take("select pg_advisory_xact_lock(hashtext(:key))",
                Map.of("key", "clearing/" + ClearingRecord.key(institutionId, month)));
    }

    /** A flag opens its month, unless its resolution was recorded already. */
    public Uni<Void> flagOpened(String flagId, String institutionId, String month) {
        return flag(flagId, institutionId, month, true, "do nothing");
    }

    public Uni<Void> flagResolved(String flagId, String institutionId, String month) {
        return flag(flagId, institutionId, month, false, "do update set open = false");
    }

    private Uni<Void> flag(String flagId, String institutionId, String month, boolean open, String onConflict) {
        return session(session -> session.createNativeQuery("insert into audit_flag (flag_id, institution_id, clearing_month, open) "
                + "values (:flag, :i, :m, :open) on conflict (flag_id) " + onConflict)
                .setParameter("flag", flagId)
                .setParameter("i", institutionId)
                .setParameter("m", month)
                .setParameter("open", open)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** A deduction concerning {@code concernsMonth}, booked in {@code month} (the same, unless it was closed). */
    public Uni<Void> deduction(String deductionId, String flagId, String settlementId, String institutionId, String month,
            String concernsMonth, BigDecimal amount) {
        return session(session -> session.createNativeQuery("""
                insert into audit_deduction (deduction_id, flag_id, settlement_id, institution_id, clearing_month, concerns_month, amount)
                values (:id, :flag, :settlement, :i, :m, :concerns, :amount) on conflict (deduction_id) do nothing""")
                .setParameter("id", deductionId)
                .setParameter("flag", flagId)
                .setParameter("settlement", settlementId)
                .setParameter("i", institutionId)
                .setParameter("m", month)
                .setParameter("concerns", concernsMonth)
                .setParameter("amount", amount)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static <T> Uni<T> session(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().chain(session -> work.apply(session));
    }
}
