package cn.medins.bench;

import java.time.LocalDate;
import java.util.Map;

import cn.medins.contracts.Topics;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.partner.BirthCertificate;

/** A birth certificate from a plain producer → the newborn's {@code PersonEnrolled} on {@code enrollment.events}. */
final class BirthToEnrolledBench {

    private BirthToEnrolledBench() {
    }

    static String run(Options options) throws InterruptedException {
        Suite suite = new Suite(options);
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        int first = Suite.freshPersonRange(options);
        LocalDate birthDate = LocalDate.now().minusDays(1);
        EndToEnd.Scenario scenario = new EndToEnd.Scenario("birth-to-enrolled", Topics.ENROLLMENT_EVENTS, i -> {
            String certificateNo = "B" + runId + i;
            String mother = IdNumberFactory.of(SyntheticClaims.REGION, LocalDate.of(1985, 1, 1), first + i);
            BirthCertificate certificate = new BirthCertificate(certificateNo, "新生儿" + i, "F", birthDate, "H3716001",
                    SyntheticClaims.REGION, new BirthCertificate.Parent(mother, "母亲" + i), null);
            return Map.entry(certificateNo, Kafka.record(Topics.BIRTH_CERTIFICATES, certificateNo, Json.write(certificate), Map.of()));
        }, record -> EnrollmentEvents.PERSON_ENROLLED.toString().equals(Headers.text(record, "ce_type"))
                ? Json.read(record.value()).path("person").path("birthCertificateNo").asText(null)
                : null);
        return EndToEnd.run(suite.kafka, scenario, options.integer("count", 3000), options.integer("rate", 100),
                options.seconds("timeout", 60));
    }
}
