package cn.medins.enrollment.service;

import java.util.List;

import org.jboss.logging.Logger;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.partner.StudentRosterEntry;
import cn.medins.enrollment.domain.CoverageHistory;
import cn.medins.enrollment.domain.CoveragePlan;
import cn.medins.enrollment.domain.Partner;
import cn.medins.enrollment.domain.StudentRules;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** School rosters (POLICY.md): students not covered are enrolled; graduates and leavers keep coverage to year end. */
@ApplicationScoped
public class StudentEnrolment {

    private static final Logger LOG = Logger.getLogger(StudentEnrolment.class);

    private final Checks checks;
    private final InsuredRecords records;
    private final CoverageChanges coverage;
    private final PersonChanges changes;

    public StudentEnrolment(Checks checks, InsuredRecords records, CoverageChanges coverage, PersonChanges changes) {
        this.checks = checks;
        this.records = records;
        this.coverage = coverage;
        this.changes = changes;
    }

    @WithTransaction
    public Uni<Void> apply(StudentRosterEntry entry, String source) {
        Checks.requirePassed(checks.startFor(Partner.EDUCATION)
                .idNumber("idNumber", entry.idNumber())
                .region("regionCode", entry.regionCode()));
        return records.lockByIdNumber(entry.idNumber()).chain(record -> {
            CoverageHistory history = record == null ? new CoverageHistory(List.of()) : record.history();
            CoveragePlan plan = StudentRules.decide(entry, history, checks.today());
            if (record == null && plan.outcome() != CoveragePlan.Outcome.ENROLLED) {
                LOG.infof("roster record %s about %s, not insured here: %s", source, IdNumbers.mask(entry.idNumber()),
                        plan.note());
                return Uni.createFrom().voidItem();
            }
            Uni<InsuredRecord> person = record != null ? Uni.createFrom().item(record)
                    : records.createFromIdNumber(entry.idNumber(), entry.name());
            return person.chain(insured -> coverage.apply(insured, plan, source)
                    .chain(() -> notifyStudent(insured, plan, source)));
        });
    }

    private Uni<Void> notifyStudent(InsuredRecord record, CoveragePlan plan, String source) {
        return switch (plan.outcome()) {
            case ENROLLED -> changes.notify(record.insuredId(), "STUDENT_ENROLLED",
                    "您已作为在校学生自动参加城乡居民基本医疗保险，自" + plan.opening().validFrom() + "起享受医保待遇。", source);
            case CHANGED -> changes.notify(record.insuredId(), "STUDENT_COVERAGE_CONTINUED",
                    "您的学生医保待遇将持续至" + plan.closing().validTo() + "，此后请以新身份及时参保。", source);
            default -> Uni.createFrom().voidItem();
        };
    }
}
