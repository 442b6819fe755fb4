package cn.medins.audit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import cn.medins.audit.domain.credit.CreditAssessment;
import cn.medins.audit.domain.credit.CreditGrader;
import cn.medins.audit.domain.credit.InstitutionRecord;
import cn.medins.audit.repository.BilledClaimRepository;
import cn.medins.audit.repository.FlagRepository;
import cn.medins.audit.repository.InstitutionGrade;
import cn.medins.audit.repository.InstitutionGradeRepository;
import cn.medins.contracts.audit.AuditEvents.InstitutionGraded;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Institution credit: gathers an institution's record by service date and grades it with the {@link CreditGrader}. */
@ApplicationScoped
public class CreditService {

    private final BilledClaimRepository claims;
    private final FlagRepository flags;
    private final InstitutionGradeRepository grades;
    private final FlagEvents events;
    private final Clock clock;
    private final CreditGrader grader = new CreditGrader();

    public CreditService(BilledClaimRepository claims, FlagRepository flags, InstitutionGradeRepository grades,
            FlagEvents events, Clock clock) {
        this.claims = claims;
        this.flags = flags;
        this.grades = grades;
        this.events = events;
        this.clock = clock;
    }

    /** The grade as of today, computed from the current record; reading it changes nothing. */
    @WithSession
    public Uni<CreditView> current(String institutionId) {
        return assess(institutionId).map(assessment -> CreditView.of(institutionId, assessment, OffsetDateTime.now(clock)));
    }

    /** Recomputes the grade inside the caller's transaction and announces {@code InstitutionGraded} if it changed. */
    public Uni<Void> regrade(String institutionId) {
        return assess(institutionId).chain(assessment -> grades.findById(institutionId).chain(stored -> {
            InstitutionGrade grade = stored != null ? stored : InstitutionGrade.ungraded(institutionId);
            if (!grade.regrade(assessment.grade().label(), assessment.reasons(), OffsetDateTime.now(clock))) {
                return Uni.createFrom().voidItem();
            }
            Uni<InstitutionGrade> saved = stored != null ? Uni.createFrom().item(grade) : grades.persist(grade);
            return saved.chain(() -> events.graded(institutionId,
                    new InstitutionGraded(institutionId, grade.grade, assessment.reasons(), grade.gradedAt))).replaceWithVoid();
        }));
    }

    private Uni<CreditAssessment> assess(String institutionId) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        LocalDate yearAgo = today.minusMonths(12).plusDays(1);
        LocalDate monthStart = month.atDay(1);
        LocalDate previousStart = month.minusMonths(1).atDay(1);
        LocalDate previousEnd = month.minusMonths(1).atEndOfMonth();
        Counts counts = new Counts();
        return claims.countAtInstitution(institutionId, yearAgo, today).invoke(n -> counts.claims = n)
                .chain(() -> flags.violatingClaims(institutionId, yearAgo, today)).invoke(n -> counts.violations = n)
                .chain(() -> claims.countAtInstitution(institutionId, monthStart, today)).invoke(n -> counts.claimsThisMonth = n)
                .chain(() -> flags.violatingClaims(institutionId, monthStart, today)).invoke(n -> counts.violationsThisMonth = n)
                .chain(() -> claims.countAtInstitution(institutionId, previousStart, previousEnd))
                .invoke(n -> counts.claimsPreviousMonth = n)
                .chain(() -> flags.violatingClaims(institutionId, previousStart, previousEnd))
                .invoke(n -> counts.violationsPreviousMonth = n)
                .map(ignored -> grader.grade(new InstitutionRecord(counts.claims, counts.violations, counts.claimsThisMonth,
                        counts.violationsThisMonth, counts.claimsPreviousMonth, counts.violationsPreviousMonth)));
    }

    /** Filled one count at a time: a reactive session runs one query at a time. */
    private static final class Counts {
        long claims;
        long violations;
        long claimsThisMonth;
        long violationsThisMonth;
        long claimsPreviousMonth;
        long violationsPreviousMonth;
    }
}
