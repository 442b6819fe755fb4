package cn.medins.assistance.domain;

/** The only form of a bank account number that leaves the service in a response: {@code 6228********0017}. */
public final class BankAccounts {

    private static final int SHOWN = 4;

    private BankAccounts() {
    }

    public static String mask(String accountNo) {
        if (accountNo == null) {
            return null;
        }
        if (accountNo.length() <= 2 * SHOWN) {
            return "*".repeat(accountNo.length());
        }
        return accountNo.substring(0, SHOWN) + "********" + accountNo.substring(accountNo.length() - SHOWN);
    }
}
