package cn.medins.settlement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a settlement is reversed (撤销): kept on the settlement and in {@code SettlementReversed}. */
public record ReversalRequest(@NotBlank @Size(max = 500) String reason) {
}
