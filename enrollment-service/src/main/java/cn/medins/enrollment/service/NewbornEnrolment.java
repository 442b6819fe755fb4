package cn.medins.enrollment.service;

import org.jboss.logging.Logger;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.partner.BirthCertificate;
import cn.medins.enrollment.domain.CoveragePlan;
import cn.medins.enrollment.domain.InputCheck;
import cn.medins.enrollment.domain.Partner;
import cn.medins.enrollment.repository.FamilyLink;
import cn.medins.enrollment.repository.FamilyLinkRepository;
import cn.medins.enrollment.repository.Person;
import cn.medins.enrollment.repository.PersonRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Newborn enrolled at birth (POLICY.md): the birth certificate alone makes the newborn an insured resident, covered
 * from the birth date, before any premium or ID number; the parents are linked and the mother is told.
 */
@ApplicationScoped
public class NewbornEnrolment {

    private static final Logger LOG = Logger.getLogger(NewbornEnrolment.class);
    static final String TEMPLATE = "NEWBORN_ENROLLED";

    private final Checks checks;
    private final PersonRepository persons;
    private final InsuredRecords records;
    private final FamilyLinkRepository family;
    private final CoverageChanges coverage;
    private final PersonChanges changes;
    private final IdentityLinking identities;

    public NewbornEnrolment(Checks checks, PersonRepository persons, InsuredRecords records, FamilyLinkRepository family,
            CoverageChanges coverage, PersonChanges changes, IdentityLinking identities) {
        this.checks = checks;
        this.persons = persons;
        this.records = records;
        this.family = family;
        this.coverage = coverage;
        this.changes = changes;
        this.identities = identities;
    }

    /** @param source the partner event id of the certificate */
    @WithTransaction
    public Uni<Void> enrol(BirthCertificate certificate, String source) {
        InputCheck check = checks.startFor(Partner.HEALTH)
                .idNumber("mother.idNumber", certificate.mother().idNumber())
                .region("regionCode", certificate.regionCode())
                .notInFuture("birthDate", certificate.birthDate());
        if (certificate.father() != null) {
            check.idNumber("father.idNumber", certificate.father().idNumber());
        }
        Checks.requirePassed(check);
        return persons.lockKey(IdentityLinking.certificateLock(certificate.certificateNo()))
                .chain(() -> persons.byBirthCertificateNo(certificate.certificateNo()))
                .chain(existing -> {
                    if (existing != null) {
                        LOG.infof("certificate of %s already enrolled, record %s changes nothing", existing.insuredId, source);
                        return Uni.createFrom().voidItem();
                    }
                    return enrolNew(certificate, source);
                });
    }

    private Uni<Void> enrolNew(BirthCertificate certificate, String source) {
        Person newborn = new Person();
        newborn.birthCertificateNo = certificate.certificateNo();
        newborn.name = certificate.newbornName();
        newborn.sex = Sex.valueOf(certificate.sex());
        newborn.birthDate = certificate.birthDate();
        CoveragePlan plan = CoveragePlan.enrolled(
                new CoveragePlan.Opening(Category.NEWBORN, certificate.regionCode(), certificate.birthDate()),
                "newborn enrolled at birth from certificate " + certificate.certificateNo() + ": resident coverage in "
                        + certificate.regionCode() + " from " + certificate.birthDate());
        return records.create(newborn)
                .call(record -> link(record, FamilyLink.Relation.MOTHER, certificate.mother(), source)
                        .chain(() -> link(record, FamilyLink.Relation.FATHER, certificate.father(), source)))
                .call(record -> coverage.apply(record, plan, source))
                .call(record -> notifyMother(record, certificate, source))
                .call(record -> identities.linkPending(record, certificate.certificateNo()))
                .invoke(record -> LOG.infof("newborn enrolled as %s from %s", record.insuredId(), source))
                .replaceWithVoid();
    }

    private Uni<Void> link(InsuredRecord record, FamilyLink.Relation relation, BirthCertificate.Parent parent, String source) {
        if (parent == null) {
            return Uni.createFrom().voidItem();
        }
        FamilyLink link = new FamilyLink();
        link.insuredId = record.insuredId();
        link.relation = relation;
        link.relativeIdNumber = parent.idNumber();
        link.relativeName = parent.name();
        link.source = source;
        return family.persist(link).replaceWithVoid();
    }

    /** To the mother where she is insured here; otherwise to the newborn's record, of which she is the guardian. */
    private Uni<Void> notifyMother(InsuredRecord record, BirthCertificate certificate, String source) {
        return persons.byIdNumber(certificate.mother().idNumber())
                .map(mother -> mother == null ? record.insuredId() : mother.insuredId)
                .chain(recipient -> changes.notify(recipient, TEMPLATE,
                        "您的孩子（出生医学证明编号" + certificate.certificateNo() + "）已自动参加城乡居民基本医疗保险，自"
                                + certificate.birthDate() + "起享受医保待遇，无需另行办理。",
                        source));
    }
}
