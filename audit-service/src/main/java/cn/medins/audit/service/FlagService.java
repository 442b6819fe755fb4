package cn.medins.audit.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.medins.audit.domain.Deductions;
import cn.medins.audit.repository.BilledClaim;
import cn.medins.audit.repository.BilledClaimRepository;
import cn.medins.audit.repository.Flag;
import cn.medins.audit.repository.FlagRepository;
import cn.medins.contracts.audit.AuditEvents.Decision;
import cn.medins.rest.Page;
import cn.medins.rest.ProblemException;
import cn.medins.trail.AuditTrail;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Auditors' review of flags: listing, reading, and the one decision each flag gets. */
@ApplicationScoped
public class FlagService {

    private final FlagRepository flags;
    private final BilledClaimRepository claims;
    private final FlagEvents events;
    private final CreditService credit;
    private final Clock clock;
    private final AuditTrail trail;

    public FlagService(FlagRepository flags, BilledClaimRepository claims, FlagEvents events, CreditService credit,
            Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.flags = flags;
        this.claims = claims;
        this.events = events;
        this.credit = credit;
        this.clock = clock;
    }

    /** Flags of the institution (all when null) in the status (any when blank), served between the dates. */
    @WithSession
    public Uni<Page<FlagView>> search(String institutionId, String status, LocalDate from, LocalDate to, int page,
            int size) {
        FlagRepository.Filter filter = new FlagRepository.Filter(institutionId, status(status), from, to);
        return flags.search(filter, page, size)
                .map(slice -> new Page<>(slice.flags().stream().map(FlagView::of).toList(), page, size, slice.total()));
    }

    @WithSession
    public Uni<FlagView> get(String flagId) {
        return flags.findById(flagId).map(flag -> FlagView.of(existing(flag, flagId)));
    }

    /**
     * Confirms or dismisses an open flag. A confirmation issues a deduction of the funds' share of the flagged amount
     * (never more than the funds have left on the claim), which the institution's monthly clearing subtracts, and
     * regrades the institution. The row lock
     * makes a second decision, even a concurrent one, a conflict.
     */
    @WithTransaction
    public Uni<FlagView> resolve(String flagId, Decision decision, String note, String by) {
        return flags.findById(flagId, LockModeType.PESSIMISTIC_WRITE).chain(found -> {
            Flag flag = existing(found, flagId);
            flag.resolve(decision, note, by, OffsetDateTime.now(clock));
            Uni<Void> decided = flag.confirmed() ? deduct(flag) : Uni.createFrom().voidItem();
            return decided.chain(() -> events.resolved(flag, decision))
                    .chain(() -> credit.regrade(flag.institutionId))
                    .call(() -> trail.record(by, "FLAG_" + flag.status, flagId, trailDetail(flag, note)))
                    .replaceWith(() -> FlagView.of(flag));
        });
    }

    /**
     * Issues the deduction, limited to what the funds have left on the claim. The claim's row lock makes confirmations on one claim
     * take turns, so two of them cannot both count the same money as left.
     */
    private Uni<Void> deduct(Flag flag) {
        return claims.findById(flag.settlementId, LockModeType.PESSIMISTIC_WRITE)
                .chain(claim -> flags.deductedFrom(flag.settlementId)
                        .map(already -> Deductions.of(flag.amount, flag.itemCode, paid(claim), already)))
                .chain(amount -> flag.deduct(amount) ? events.deducted(flag).replaceWithVoid() : Uni.createFrom().voidItem());
    }

    private static String trailDetail(Flag flag, String note) {
        return (flag.confirmed() ? "deducted " + flag.deducted + " from settlement " + flag.settlementId + "; " : "") + "note: " + note;
    }

    private static Deductions.PaidClaim paid(BilledClaim claim) {
        if (claim == null) {
            return null;
        }
        List<Deductions.Line> lines = claim.lines == null ? List.of() : claim.lines.items().stream()
                .map(line -> new Deductions.Line(line.code(), line.amount(), line.inScope()))
                .toList();
        return new Deductions.PaidClaim(claim.total, claim.fundsPaid, lines);
    }

    private static Flag existing(Flag flag, String flagId) {
        if (flag == null) {
            throw ProblemException.notFound("flag", "no flag " + flagId);
        }
        return flag;
    }

    private static Flag.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Flag.Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of OPEN, CONFIRMED, DISMISSED, VOIDED");
        }
    }
}
