package cn.medins.enrollment.service;

import java.time.LocalDate;

import cn.medins.contracts.coverage.RemoteCareKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /persons/{insuredId}/remote-care-registrations} (异地就医备案). */
public record RemoteCareRequest(
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit region code") String targetRegionCode,
        @NotNull RemoteCareKind kind,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {
}
