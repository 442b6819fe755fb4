package cn.medins.contracts.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A hospital's or pharmacy's claim (API.md), as sent to settlement's preview and settle and to audit's pre-check.
 * The bounds here are input limits that refuse absurd requests before any work; whether an institution level or a
 * person's coverage is acceptable is for the policy to say (422), not for this shape (400).
 */
public record ClaimRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String requestId,
        @Pattern(regexp = "[0-9]{17}[0-9X]", message = "must be an 18-character ID number") String idNumber,
        @Size(max = 40) String insuredId,
        @Size(max = 32) String birthCertificateNo,
        @NotBlank @Size(max = 32) String institutionId,
        @NotNull Integer institutionLevel,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit region code") String institutionRegionCode,
        @NotNull VisitType visitType,
        @NotNull LocalDate admissionDate,
        LocalDate dischargeDate,
        @Valid Maternity maternity,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Diagnosis> diagnoses,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Item> items) {

    public record Maternity(@NotNull MaternityCaseType caseType, @NotNull @Min(1) @Max(20) Integer birthOrder,
            @NotNull @Min(1) @Max(9) Integer babies) {
    }

    public record Diagnosis(@NotBlank @Pattern(regexp = "[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?", message = "must be an ICD-10 code")
            String code, boolean principal) {
    }

    public record Item(
            @NotBlank @Size(max = 32) String code,
            @Size(max = 100) String name,
            @NotNull CatalogClass catalogClass,
            @NotNull ItemCategory category,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 3) BigDecimal quantity,
            @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal unitPrice,
            @Size(max = 1000) List<@NotBlank @Size(max = 40) String> traceCodes) {
    }

    /** The date of service: discharge for a stay, the visit date otherwise. */
    public LocalDate serviceDate() {
        return dischargeDate != null ? dischargeDate : admissionDate;
    }
}
