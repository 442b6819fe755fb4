package cn.medins.audit.domain;

/**
 * Drug traceability codes (药品追溯码): 20 digits, of which the first 7 are the drug identifier (药品标识码) naming the
 * product and pack, the rest the pack's serial and check digits. Every pack of one product is the same drug.
 */
public final class TraceCodes {

    static final int LENGTH = 20;
    static final int PRODUCT_LENGTH = 7;

    private TraceCodes() {
    }

    /** The drug identifier of a well-formed code, or {@code null} for a code of another shape. */
    public static String product(String traceCode) {
        if (traceCode == null || traceCode.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (!Character.isDigit(traceCode.charAt(i)) || traceCode.charAt(i) > '9') {
                return null;
            }
        }
        return traceCode.substring(0, PRODUCT_LENGTH);
    }
}
