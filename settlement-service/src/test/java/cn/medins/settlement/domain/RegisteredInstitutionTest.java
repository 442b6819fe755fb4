package cn.medins.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.VisitType;
import cn.medins.settlement.domain.RegisteredInstitution.Status;
import cn.medins.settlement.domain.RegisteredInstitution.Type;

class RegisteredInstitutionTest {

    private static final RegisteredInstitution TERTIARY = new RegisteredInstitution("H3716001", Type.HOSPITAL, 3, "371600", Status.ACTIVE);

    @Test
    void aHospitalDeclaringItsRegisteredLevelAndRegionSettlesEveryVisitType() {
        for (VisitType visit : VisitType.values()) {
            assertThat(TERTIARY.refusal(visit, 3, "371600")).isEmpty();
        }
    }

    @Test
    void aLevelBelowTheRegistrysIsRefusedNamingTheLevel() {
        assertThat(TERTIARY.refusal(VisitType.INPATIENT, 1, "371600")).hasValueSatisfying(refusal -> {
            assertThat(refusal.field()).isEqualTo("$.institutionLevel");
            assertThat(refusal.message()).contains("must be 3");
        });
    }

    @Test
    void anotherRegionIsRefusedNamingTheRegion() {
        assertThat(TERTIARY.refusal(VisitType.OUTPATIENT, 3, "370100")).hasValueSatisfying(refusal ->
                assertThat(refusal.field()).isEqualTo("$.institutionRegionCode"));
    }

    @Test
    void aSuspendedOrTerminatedInstitutionSettlesNothingEvenWhenEverythingElseAgrees() {
        for (Status status : new Status[] {Status.SUSPENDED, Status.TERMINATED}) {
            RegisteredInstitution institution = new RegisteredInstitution("H3716001", Type.HOSPITAL, 3, "371600", status);
            assertThat(institution.refusal(VisitType.OUTPATIENT, 3, "371600")).hasValueSatisfying(refusal -> {
                assertThat(refusal.field()).isEqualTo("$.institutionId");
                assertThat(refusal.code()).isEqualTo("institution-" + status.name().toLowerCase());
            });
        }
    }

    @Test
    void aPharmacySellsOutpatientAndChronicPrescriptionsButNoStayAndACareInstitutionNoMedicalClaim() {
        RegisteredInstitution pharmacy = new RegisteredInstitution("P3716001", Type.PHARMACY, 1, "371600", Status.ACTIVE);
        assertThat(pharmacy.refusal(VisitType.OUTPATIENT, 1, "371600")).isEmpty();
        assertThat(pharmacy.refusal(VisitType.CHRONIC, 1, "371600")).isEmpty();
        assertThat(pharmacy.refusal(VisitType.INPATIENT, 1, "371600")).hasValueSatisfying(refusal ->
                assertThat(refusal.field()).isEqualTo("$.visitType"));
        RegisteredInstitution care = new RegisteredInstitution("C3716001", Type.CARE_INSTITUTION, 1, "371600", Status.ACTIVE);
        assertThat(care.refusal(VisitType.OUTPATIENT, 1, "371600")).isPresent();
    }
}
