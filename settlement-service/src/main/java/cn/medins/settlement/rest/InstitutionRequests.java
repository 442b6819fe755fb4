package cn.medins.settlement.rest;

import cn.medins.settlement.domain.RegisteredInstitution;
import cn.medins.settlement.domain.RegisteredInstitution.Status;
import cn.medins.settlement.domain.RegisteredInstitution.Type;
import cn.medins.settlement.service.InstitutionService.Description;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the registry's endpoints. */
final class InstitutionRequests {

    private InstitutionRequests() {
    }

    /** {@code POST /institutions}: a new designated institution. */
    record Registration(
            @NotNull @Pattern(regexp = RegisteredInstitution.ID_PATTERN, message = "must be an upper-case institution code of 2 to 32 characters")
            String institutionId,
            @NotBlank @Size(max = 200) String name,
            @NotNull Type type,
            @NotNull @Min(RegisteredInstitution.LOWEST_LEVEL) @Max(RegisteredInstitution.HIGHEST_LEVEL) Integer level,
            @NotNull @Pattern(regexp = RegisteredInstitution.REGION_PATTERN, message = "must be a 6-digit region code") String regionCode) {

        Description description() {
            return new Description(name, type, level, regionCode);
        }
    }

    /** {@code PUT /institutions/{id}}: what the registry records about it. */
    record Facts(
            @NotBlank @Size(max = 200) String name,
            @NotNull Type type,
            @NotNull @Min(RegisteredInstitution.LOWEST_LEVEL) @Max(RegisteredInstitution.HIGHEST_LEVEL) Integer level,
            @NotNull @Pattern(regexp = RegisteredInstitution.REGION_PATTERN, message = "must be a 6-digit region code") String regionCode) {

        Description description() {
            return new Description(name, type, level, regionCode);
        }
    }

    /** {@code POST /institutions/{id}/status}: suspend, reinstate or terminate, always with a reason. */
    record StatusChange(@NotNull Status status, @NotBlank @Size(max = 500) String reason) {
    }
}
