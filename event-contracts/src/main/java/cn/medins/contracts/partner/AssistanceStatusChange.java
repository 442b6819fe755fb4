package cn.medins.contracts.partner;

import java.time.LocalDate;

/** {@code partner.civil-affairs.assistance-status}: schema {@code partner/assistance-status}. */
public record AssistanceStatusChange(
        String idNumber,
        String name,
        String regionCode,
        NeedyCategory category,
        Action action,
        LocalDate validFrom,
        LocalDate validTo,
        BankAccount bankAccount) {

    public static final String SCHEMA = "partner/assistance-status";

    public enum Action { GRANTED, REVOKED }

    public record BankAccount(String bank, String accountNo, String holder) {
    }

    public String businessKey() {
        return idNumber + "|" + category + "|" + validFrom + "|" + action;
    }
}
