package cn.medins.settlement.service;

import java.time.OffsetDateTime;

import cn.medins.settlement.domain.RegisteredInstitution.Status;
import cn.medins.settlement.domain.RegisteredInstitution.Type;
import cn.medins.settlement.repository.InstitutionChange;
import cn.medins.settlement.repository.InstitutionRecord;

/** An institution of the registry as the API shows it, with who last changed it. */
public record InstitutionView(String institutionId, String name, Type type, int level, String regionCode, Status status,
        String statusReason, String creditGrade, OffsetDateTime gradedAt, String changedBy, OffsetDateTime changedAt) {

    public static InstitutionView of(InstitutionRecord institution) {
        return new InstitutionView(institution.institutionId, institution.name, institution.type, institution.level,
                institution.regionCode, institution.status, institution.statusReason, institution.creditGrade, institution.gradedAt,
                institution.changedBy, institution.changedAt);
    }

    /** One line of the registry's audit trail. */
    public record Change(long changeId, String action, String detail, String changedBy, OffsetDateTime changedAt) {

        public static Change of(InstitutionChange change) {
            return new Change(change.changeId, change.action, change.detail, change.changedBy, change.changedAt);
        }
    }
}
