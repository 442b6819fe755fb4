package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

import org.hibernate.reactive.mutiny.Mutiny;

import cn.medins.persistence.AdvisoryLocks;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Closed months, the live figures of an open one, and the audit facts that bear on them. */
@ApplicationScoped
public class ClearingRepository implements PanacheRepositoryBase<ClearingRecord, String> {

    /** A month's live figures: claims settled and not reversed, confirmed deductions, flags still open. */
    public record Totals(long claimCount, Funds funds, BigDecimal auditDeductions, long openFlags) {

        public BigDecimal netPayable() {
            return funds.total().subtract(auditDeductions);
        }
    }

    public Uni<Totals> live(String institutionId, String month) {
        return session(session -> session.createNativeQuery("""
                select count(*), coalesce(sum(basic_pool), 0), coalesce(sum(large_medical), 0), coalesce(sum(critical_illness), 0),
                       coalesce(sum(assistance), 0), coalesce(sum(maternity_fund), 0),
                       (select coalesce(sum(amount), 0) from audit_deduction d where d.institution_id = :i and d.clearing_month = :m),
                       (select count(*) from audit_flag f where f.institution_id = :i and f.clearing_month = :m and f.open)
                from settlement where institution_id = :i and clearing_month = :m and status = 'SETTLED'""", Object[].class)
                .setParameter("i", institutionId)
                .setParameter("m", month)
                .getSingleResult())
                .map(row -> new Totals(((Number) row[0]).longValue(),
                        Funds.of((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4], (BigDecimal) row[5]),
                        (BigDecimal) row[6], ((Number) row[7]).longValue()));
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

    public Uni<Void> deduction(String deductionId, String flagId, String settlementId, String institutionId, String month,
            BigDecimal amount) {
        return session(session -> session.createNativeQuery("""
                insert into audit_deduction (deduction_id, flag_id, settlement_id, institution_id, clearing_month, amount)
                values (:id, :flag, :settlement, :i, :m, :amount) on conflict (deduction_id) do nothing""")
                .setParameter("id", deductionId)
                .setParameter("flag", flagId)
                .setParameter("settlement", settlementId)
                .setParameter("i", institutionId)
                .setParameter("m", month)
                .setParameter("amount", amount)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static <T> Uni<T> session(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().chain(session -> work.apply(session));
    }
}
