package cn.medins.assistance.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.medins.assistance.domain.BankAccounts;
import cn.medins.assistance.domain.CaseStatus;
import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.BenefitDecisionRepository;
import cn.medins.assistance.repository.CaseReview;
import cn.medins.assistance.repository.CaseReviewRepository;
import cn.medins.assistance.repository.Payment;
import cn.medins.assistance.repository.PaymentRepository;
import cn.medins.assistance.repository.ReviewCase;
import cn.medins.assistance.repository.ReviewCaseRepository;
import cn.medins.rest.Page;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What staff and the insured can see: every decision with its facts, every payment, every case. */
@ApplicationScoped
public class BenefitQueries {

    private final BenefitDecisionRepository decisions;
    private final PaymentRepository payments;
    private final ReviewCaseRepository cases;
    private final CaseReviewRepository reviews;
    private final DecisionLog decisionLog;
    private final InsuredDirectory directory;

    public BenefitQueries(BenefitDecisionRepository decisions, PaymentRepository payments, ReviewCaseRepository cases,
            CaseReviewRepository reviews, DecisionLog decisionLog, InsuredDirectory directory) {
        this.decisions = decisions;
        this.payments = payments;
        this.cases = cases;
        this.reviews = reviews;
        this.decisionLog = decisionLog;
        this.directory = directory;
    }

    /** By ID number; by insured id through the enrollment projection, so decisions made before it knew the id show too. */
    @WithSession
    public Uni<Page<BenefitView>> benefits(String idNumber, String insuredId, int page, int size) {
        Uni<String> knownIdNumber = idNumber != null ? Uni.createFrom().item(idNumber)
                : directory.byInsuredId(insuredId).map(person -> person == null ? null : person.idNumber);
        return knownIdNumber.chain(id -> page(decisions.ofPerson(id, insuredId), page, size))
                .map(found -> map(found, this::viewOf));
    }

    @WithSession
    public Uni<Page<PaymentView>> payments(String idNumber, int page, int size) {
        return page(payments.ofPerson(idNumber), page, size).map(found -> map(found, BenefitQueries::viewOf));
    }

    /** Every payment held for township review, oldest first, with the decision it would pay. */
    @WithSession
    public Uni<Page<HeldPaymentView>> heldPayments(int page, int size) {
        return page(payments.held(), page, size).chain(found -> decisions.byIds(found.items().stream()
                        .map(payment -> payment.decisionId()).toList())
                .map(paying -> paying.stream().collect(Collectors.toMap(decision -> decision.decisionId(), Function.identity())))
                .map(byId -> map(found, payment -> heldViewOf(payment, byId))));
    }

    @WithSession
    public Uni<Page<CaseView>> cases(CaseStatus status, int page, int size) {
        return page(cases.withStatus(status), page, size).chain(found ->
                reviews.ofCases(found.items().stream().map(reviewCase -> reviewCase.caseId()).toList())
                        .map(all -> map(found, reviewCase -> viewOf(reviewCase, all))));
    }

    /** The case as it stands, with its reviews (inside the caller's session). */
    public Uni<CaseView> caseView(ReviewCase reviewCase) {
        return reviews.ofCases(List.of(reviewCase.caseId())).map(all -> viewOf(reviewCase, all));
    }

    private static <T> Uni<Page<T>> page(PanacheQuery<T> query, int page, int size) {
        return query.page(io.quarkus.panache.common.Page.of(page, size)).list()
                .chain(items -> query.count().map(total -> new Page<>(items, page, size, total)));
    }

    private static <T, V> Page<V> map(Page<T> found, Function<T, V> view) {
        return new Page<>(found.items().stream().map(view).toList(), found.page(), found.size(), found.total());
    }

    private BenefitView viewOf(BenefitDecision decision) {
        return new BenefitView(decision.decisionId().toString(), decision.kind(), decision.status(), decision.idNumber(),
                decision.insuredId(), decision.amount(), decisionLog.details(decision), decision.decidedAt(),
                decisionLog.facts(decision));
    }

    private static PaymentView viewOf(Payment payment) {
        return new PaymentView(payment.paymentId().toString(), payment.amount(), payment.bank(), BankAccounts.mask(payment.accountNo()),
                payment.reference(), payment.reason(), payment.decisionId().toString(), payment.status(), payment.createdAt());
    }

    private static HeldPaymentView heldViewOf(Payment payment, Map<UUID, BenefitDecision> decisions) {
        BenefitDecision paying = decisions.get(payment.decisionId());
        return new HeldPaymentView(payment.paymentId().toString(), payment.caseId() == null ? null : payment.caseId().toString(),
                payment.decisionId().toString(), paying == null ? null : paying.kind(), payment.idNumber(), payment.insuredId(),
                payment.amount(), payment.bank(), BankAccounts.mask(payment.accountNo()), payment.holdReason(),
                paying == null ? null : paying.decidedAt(), payment.createdAt());
    }

    private static CaseView viewOf(ReviewCase reviewCase, List<CaseReview> all) {
        List<CaseView.Review> ofCase = all.stream()
                .filter(review -> review.caseId().equals(reviewCase.caseId()))
                .map(review -> new CaseView.Review(review.stage(), review.decision(), review.note(), review.reviewer(), review.reviewedAt()))
                .toList();
        return new CaseView(reviewCase.caseId().toString(), reviewCase.decisionId().toString(), reviewCase.kind(),
                reviewCase.idNumber(), reviewCase.insuredId(), reviewCase.status(), reviewCase.amount(), reviewCase.reason(),
                reviewCase.paymentId() == null ? null : reviewCase.paymentId().toString(), reviewCase.openedAt(),
                reviewCase.updatedAt(), ofCase);
    }
}
