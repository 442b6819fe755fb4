package cn.medins.assistance.domain;

/** ICD-10 categories {@code I10}..{@code I15}: a code matches by its letter and two-digit category, any subcode. */
record IcdRange(char letter, int from, int to) {

    static IcdRange of(String first, String last) {
        return new IcdRange(first.charAt(0), Integer.parseInt(first.substring(1, 3)), Integer.parseInt(last.substring(1, 3)));
    }

    static IcdRange of(String single) {
        return of(single, single);
    }

    boolean contains(String code) {
        if (code == null || code.length() < 3 || Character.toUpperCase(code.charAt(0)) != letter
                || !Character.isDigit(code.charAt(1)) || !Character.isDigit(code.charAt(2))) {
            return false;
        }
        int category = Integer.parseInt(code.substring(1, 3));
        return category >= from && category <= to;
    }
}
