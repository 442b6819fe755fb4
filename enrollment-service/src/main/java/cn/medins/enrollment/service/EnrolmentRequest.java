package cn.medins.enrollment.service;

import java.time.LocalDate;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Scheme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /enrolments}: a person enrolled by hand at the counter or online (API.md). */
public record EnrolmentRequest(
        @NotNull @Pattern(regexp = "[0-9]{17}[0-9X]", message = "must be 17 digits and a check digit 0-9 or X") String idNumber,
        @NotBlank @Size(max = 64) String name,
        @NotNull Scheme scheme,
        @NotNull Category category,
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit pooling-region code") String regionCode,
        @NotNull LocalDate validFrom) {
}
