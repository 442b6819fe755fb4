package cn.medins.rest;

/** {@code ?page=&size=}: page from 0, size 1..200 (default 50), refused with 400 naming the parameter. */
public final class Paging {

    public static final String DEFAULT_SIZE = "50";
    private static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
