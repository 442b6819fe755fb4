package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.CaseStatus;
import cn.medins.assistance.domain.MaternityAllowanceMatcher;
import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.BenefitDecisionRepository;
import cn.medins.assistance.repository.CaseReview;
import cn.medins.assistance.repository.CaseReviewRepository;
import cn.medins.assistance.repository.NeedyPerson;
import cn.medins.assistance.repository.NeedyPersonRepository;
import cn.medins.assistance.repository.Payment;
import cn.medins.assistance.repository.PaymentRepository;
import cn.medins.assistance.repository.ReviewCase;
import cn.medins.assistance.repository.ReviewCaseRepository;
import cn.medins.rest.ProblemException;
import cn.medins.trail.AuditTrail;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Township review (初审 → 复核 → 拨付): opens a case for a decision that needs a human look, and applies each
 * reviewer's decision. Approving the 拨付 stage pays a decision that carries money, or releases a held payment; a
 * refused transition changes nothing (409).
 */
@ApplicationScoped
public class CaseService {

    private final ReviewCaseRepository cases;
    private final CaseReviewRepository reviews;
    private final BenefitDecisionRepository decisions;
    private final NeedyPersonRepository registry;
    private final PaymentRepository payments;
    private final EmploymentWages wages;
    private final DecisionLog decisionLog;
    private final Payouts payouts;
    private final JsonText json;
    private final Clock clock;
    private final AuditTrail trail;

    public CaseService(ReviewCaseRepository cases, CaseReviewRepository reviews, BenefitDecisionRepository decisions,
            NeedyPersonRepository registry, PaymentRepository payments, EmploymentWages wages, DecisionLog decisionLog,
            Payouts payouts, JsonText json, Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.cases = cases;
        this.reviews = reviews;
        this.decisions = decisions;
        this.registry = registry;
        this.payments = payments;
        this.wages = wages;
        this.decisionLog = decisionLog;
        this.payouts = payouts;
        this.json = json;
        this.clock = clock;
    }

    public enum ReviewDecision { APPROVE, REJECT }

    /**
     * Holds an account whose holder is not the person for township review: a decision that pays nothing, and its case
     * at 初审. Approval at 拨付 makes it the account assistance is paid to; rejection discards it.
     */
    public Uni<ReviewCase> openAccountReview(String idNumber, String insuredId, String eventId, String reason) {
        BenefitDecision decision = reviewDecision(BenefitKind.BANK_ACCOUNT_REVIEW, idNumber + "|" + eventId, idNumber, insuredId);
        return decisions.persist(decision).chain(saved -> open(saved, reason));
    }

    /**
     * Holds a decision's payment for township review: a decision that pays nothing itself, naming the one whose payment
     * it holds, and its case at 初审 with the amount. Approval at 拨付 sends the held payment; rejection ends both.
     */
    public Uni<ReviewCase> openPaymentReview(BenefitDecision paying, String reason) {
        BenefitDecision decision = reviewDecision(BenefitKind.PAYMENT_REVIEW, paying.decisionId.toString(), paying.idNumber,
                paying.insuredId);
        decision.amount = paying.amount;
        decision.details = json.write(Map.of("decisionId", paying.decisionId.toString(), "kind", paying.kind.name()));
        return decisions.persist(decision).chain(saved -> open(saved, reason));
    }

    private BenefitDecision reviewDecision(BenefitKind kind, String subject, String idNumber, String insuredId) {
        BenefitDecision decision = new BenefitDecision();
        decision.decisionId = UUID.randomUUID();
        decision.decisionKey = kind + "|" + subject;
        decision.kind = kind;
        decision.idNumber = idNumber;
        decision.insuredId = insuredId;
        decision.status = BenefitDecision.Status.IN_REVIEW;
        decision.details = "{}";
        decision.matchedFacts = "[]";
        decision.paymentItems = "[]";
        decision.decidedAt = OffsetDateTime.now(clock);
        return decision;
    }

    /** Opens the decision's case at 初审; the decision is in review until the case ends. */
    public Uni<ReviewCase> open(BenefitDecision decision, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReviewCase opened = new ReviewCase();
        opened.caseId = UUID.randomUUID();
        opened.decisionId = decision.decisionId;
        opened.kind = decision.kind;
        opened.idNumber = decision.idNumber;
        opened.insuredId = decision.insuredId;
        opened.status = CaseStatus.INITIAL_REVIEW;
        opened.amount = decision.amount;
        opened.reason = reason;
        opened.openedAt = now;
        opened.updatedAt = now;
        if (decision.kind.paysToBank()) {
            decision.status = BenefitDecision.Status.IN_REVIEW;
        }
        return cases.persist(opened);
    }

    /**
     * @param reviewer the acting person, from the token's subject (never from the body): no one reviews two stages of
     *        one case, so no single person releases a payment alone
     */
    @WithTransaction
    public Uni<ReviewCase> review(UUID caseId, ReviewDecision decision, String note, String reviewer) {
        return cases.findById(caseId).chain(found -> {
            if (found == null) {
                return Uni.createFrom().failure(ProblemException.notFound("case", "no review case " + caseId));
            }
            if (!found.status.isOpen()) {
                return Uni.createFrom().failure(ProblemException.conflict("case-closed",
                        "case " + caseId + " is " + found.status + " and takes no more reviews"));
            }
            CaseStatus stage = found.status;
            return reviews.list("caseId", caseId).chain(earlier -> {
                earlier.stream().filter(review -> review.reviewer.equals(reviewer)).findFirst().ifPresent(own -> {
                    throw ProblemException.conflict("same-reviewer", reviewer + " reviewed case " + caseId + " at " + own.stage
                            + " already; " + stage + " needs another person (each stage of 初审 → 复核 → 拨付 is a different reviewer)");
                });
                return apply(found, stage, decision, note, reviewer);
            });
        });
    }

    private Uni<ReviewCase> apply(ReviewCase found, CaseStatus stage, ReviewDecision decision, String note, String reviewer) {
        Uni<ReviewCase> applied = decision == ReviewDecision.REJECT ? reject(found)
                : stage == CaseStatus.DISBURSEMENT ? disburse(found) : advance(found);
        return applied.call(changed -> reviews.persist(reviewOf(changed, stage, decision, note, reviewer)))
                .call(changed -> trail.record(reviewer, "CASE_" + decision + "D", changed.caseId.toString(), changed.kind + " at "
                        + stage + " → " + changed.status + (note == null || note.isBlank() ? "" : ": " + note)));
    }

    private Uni<ReviewCase> advance(ReviewCase reviewed) {
        reviewed.status = reviewed.status.afterApproval();
        reviewed.updatedAt = OffsetDateTime.now(clock);
        return Uni.createFrom().item(reviewed);
    }

    private Uni<ReviewCase> reject(ReviewCase reviewed) {
        reviewed.status = reviewed.status.afterRejection();
        reviewed.updatedAt = OffsetDateTime.now(clock);
        Uni<Void> undone = switch (reviewed.kind) {
            case BANK_ACCOUNT_REVIEW -> onPerson(reviewed, NeedyPerson::discardHeldAccount);
            case PAYMENT_REVIEW -> onHeldPayment(reviewed, held -> {
                held.reject();
                return decisions.findById(held.decisionId).invoke(paying -> paying.status = BenefitDecision.Status.REJECTED)
                        .replaceWithVoid();
            });
            default -> Uni.createFrom().voidItem();
        };
        return undone.chain(() -> decisions.findById(reviewed.decisionId)).invoke(decision -> {
            if (decision.status == BenefitDecision.Status.IN_REVIEW) {
                decision.status = BenefitDecision.Status.REJECTED;
            }
        }).replaceWith(reviewed);
    }

    /** Applies {@code change} to the payment the case holds; a PAYMENT_REVIEW case always holds one. */
    private Uni<Void> onHeldPayment(ReviewCase reviewed, Function<Payment, Uni<Void>> change) {
        return payments.heldBy(reviewed.caseId).chain(held -> {
            if (held == null || !held.isHeld()) {
                return Uni.createFrom().failure(new IllegalStateException("case " + reviewed.caseId + " holds no payment"));
            }
            return change.apply(held);
        });
    }

    /** Applies {@code change} to the registry entry of the case's person, if the registry has one. */
    private Uni<Void> onPerson(ReviewCase reviewed, Consumer<NeedyPerson> change) {
        return registry.findByIdNumber(reviewed.idNumber).invoke(person -> {
            if (person != null) {
                change.accept(person);
            }
        }).replaceWithVoid();
    }

    /**
     * 拨付: pays what the decision owes, with the amount and account known now; without them the case waits. A held
     * payment is released to the account in use now.
     */
    private Uni<ReviewCase> disburse(ReviewCase reviewed) {
        if (reviewed.kind == BenefitKind.BANK_ACCOUNT_REVIEW) {
            return onPerson(reviewed, NeedyPerson::releaseHeldAccount).chain(() -> decisions.findById(reviewed.decisionId))
                    .invoke(decision -> decision.status = BenefitDecision.Status.GRANTED)
                    .chain(() -> advance(reviewed));
        }
        if (reviewed.kind == BenefitKind.PAYMENT_REVIEW) {
            return releaseHeld(reviewed);
        }
        if (!reviewed.kind.paysToBank()) {
            return advance(reviewed);
        }
        boolean amountReviewed = reviewed.amount != null;
        return decisions.findById(reviewed.decisionId)
                .chain(decision -> amountDue(reviewed, decision).chain(amount -> registry.findByIdNumber(reviewed.idNumber)
                        .chain(account -> {
                            if (amount == null) {
                                return Uni.createFrom().failure(ProblemException.conflict("amount-unknown",
                                        "the amount of case " + reviewed.caseId + " is not known yet (employer wage missing)"));
                            }
                            requireAccount(reviewed, account);
                            decision.amount = amount;
                            reviewed.amount = amount;
                            return payouts.payApproved(decision, account, amountReviewed)
                                    .call(payment -> payment.isHeld() ? Uni.createFrom().voidItem() : decisionLog.notifyInsured(decision))
                                    .chain(payment -> {
                                        reviewed.paymentId = payment.paymentId;
                                        return advance(reviewed);
                                    });
                        })));
    }

    private Uni<ReviewCase> releaseHeld(ReviewCase reviewed) {
        return onHeldPayment(reviewed, held -> registry.findByIdNumber(reviewed.idNumber).chain(account -> {
            requireAccount(reviewed, account);
            return payouts.release(held, account)
                    .chain(() -> decisions.findById(held.decisionId))
                    .invoke(paying -> paying.status = BenefitDecision.Status.PAID)
                    .call(decisionLog::notifyInsured)
                    .chain(() -> decisions.findById(reviewed.decisionId))
                    .invoke(review -> review.status = BenefitDecision.Status.GRANTED)
                    .replaceWithVoid();
        })).chain(() -> advance(reviewed));
    }

    private static void requireAccount(ReviewCase reviewed, NeedyPerson account) {
        if (account == null || !account.hasAccount()) {
            throw ProblemException.conflict("account-unknown", "no bank account is registered for the person of case "
                    + reviewed.caseId);
        }
    }

    /** The amount the case shows, or, for an allowance whose wage came after the case opened, the one computed now. */
    private Uni<BigDecimal> amountDue(ReviewCase reviewed, BenefitDecision decision) {
        if (reviewed.amount != null || reviewed.kind != BenefitKind.MATERNITY_ALLOWANCE) {
            return Uni.createFrom().item(reviewed.amount);
        }
        int leaveDays = Integer.parseInt(decisionLog.details(decision).get("leaveDays"));
        return wages.of(reviewed.idNumber).map(wage -> {
            if (wage == null) {
                return null;
            }
            // The decision then says what its amount was computed on, and the payment's check reads the wage there.
            decisionLog.addDetail(decision, MaternityAllowanceMatcher.WAGE_DETAIL, wage.averageMonthlyWage.toPlainString());
            return MaternityAllowanceMatcher.allowance(wage.averageMonthlyWage, leaveDays);
        });
    }

    private CaseReview reviewOf(ReviewCase reviewed, CaseStatus stage, ReviewDecision decision, String note, String reviewer) {
        CaseReview review = new CaseReview();
        review.id = UUID.randomUUID();
        review.caseId = reviewed.caseId;
        review.stage = stage;
        review.decision = decision.name();
        review.note = note;
        review.reviewer = reviewer;
        review.reviewedAt = reviewed.updatedAt;
        return review;
    }
}
