package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PolicyReplayRepository implements PanacheRepositoryBase<PolicyReplayRecord, String> {

    /** One person's personal share over a replay's period, actual and replayed. */
    public record PersonRow(String insuredId, BigDecimal actualPersonal, BigDecimal replayedPersonal, BigDecimal difference) {
    }

    public Uni<List<PersonRow>> persons(String replayId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select insured_id, actual_personal, replayed_personal, difference from policy_replay_person
                where replay_id = :r order by insured_id""", Object[].class)
                .setParameter("r", replayId)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new PersonRow((String) row[0], (BigDecimal) row[1], (BigDecimal) row[2],
                        (BigDecimal) row[3])).toList());
    }
}
