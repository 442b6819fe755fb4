package cn.medins.assistance.domain;

import java.util.regex.Pattern;

/**
 * Whether a bank account's holder is the person it is offered for. Names are compared as civil registers write them,
 * ignoring spaces (also full-width) and the middle dots of minority and foreign names; anything else is another person.
 */
public final class AccountHolders {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\u3000·•・.]");

    private AccountHolders() {
    }

    /** @param knownName the name the suite knows for the person; {@code null}: unknown, so nobody is the person */
    public static boolean isThePerson(String holder, String knownName) {
        return holder != null && knownName != null && !normal(knownName).isEmpty() && normal(holder).equals(normal(knownName));
    }

    private static String normal(String name) {
        return IGNORED.matcher(name).replaceAll("");
    }
}
