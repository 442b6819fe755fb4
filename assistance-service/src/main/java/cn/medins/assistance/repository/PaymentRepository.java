package cn.medins.assistance.repository;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public Uni<Payment> ofDecision(UUID decisionId) {
        return find("decisionId", decisionId).firstResult();
    }

    public PanacheQuery<Payment> ofPerson(String idNumber) {
        return find("idNumber = ?1 order by createdAt, paymentId", idNumber);
    }

    /** Every payment waiting for township review, oldest first. */
    public PanacheQuery<Payment> held() {
        return find("status = ?1 order by createdAt, paymentId", Payment.Status.HELD);
    }

    /** The payment a PAYMENT_REVIEW case holds: such a case always holds one until it is decided. */
    public Uni<Payment> heldBy(UUID caseId) {
        return find("caseId", caseId).<Payment>firstResult().map(held -> {
            if (held == null || !held.isHeld()) {
                throw new IllegalStateException("case " + caseId + " holds no payment");
            }
            return held;
        });
    }
}
