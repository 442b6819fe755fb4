package cn.medins.assistance.service;

import cn.medins.assistance.repository.Payment;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.BankAccount;
import cn.medins.contracts.assistance.AssistanceEvents.PaymentInstruction;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a payment to the bank: its {@code PaymentInstruction}, through the outbox in the caller's transaction. */
@ApplicationScoped
public class PaymentInstructions {

    private final Outbox outbox;
    private final JsonText json;

    public PaymentInstructions(Outbox outbox, JsonText json) {
        this.outbox = outbox;
        this.json = json;
    }

    public Uni<Void> send(Payment payment) {
        PaymentInstruction instruction = new PaymentInstruction(payment.paymentId().toString(), payment.reference(),
                payment.amount(), new BankAccount(payment.bank(), payment.accountNo(), payment.holder()), payment.idNumber(),
                payment.insuredId(), payment.decisionId().toString(), payment.reason(),
                json.read(payment.paymentItems(), DecisionLog.PAYMENT_ITEMS), payment.createdAt());
        String key = new Person(payment.idNumber(), payment.insuredId()).key();
        return outbox.publish(OutgoingEvent.aboutPerson(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION,
                key, instruction)).replaceWithVoid();
    }
}
