package cn.medins.logging;

import java.util.regex.Pattern;

/**
 * Masks what must never reach a log in clear: resident ID numbers keep their region and last four
 * ({@code 371602********1221}, API.md), bank account numbers their last four, bearer tokens nothing.
 */
public final class PersonalDataMask {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    /** 16 to 19 digits; an 18-digit run is already masked as an ID number by then. */
    private static final Pattern BANK_ACCOUNT = Pattern.compile("(?<![0-9A-Za-z*])\\d{12,15}(\\d{4})(?![0-9A-Za-z])");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("$1********$2");
        masked = BANK_ACCOUNT.matcher(masked).replaceAll("****$1");
        masked = BEARER.matcher(masked).replaceAll("$1[redacted]");
        return JWT.matcher(masked).replaceAll("[token redacted]");
    }
}
