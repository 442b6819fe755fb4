package cn.medins.security;

/** The roles of API.md, carried in the bearer token's {@code groups} claim. */
public final class Roles {

    /** A hospital or pharmacy; its {@code institutionId} claim limits it to its own claims. */
    public static final String INSTITUTION = "institution";
    /** Agency staff. */
    public static final String AGENCY = "agency";
    /** A partner agency's read-only access. */
    public static final String PARTNER = "partner";
    /** Fraud and abuse auditors: flags and their resolution. */
    public static final String AUDITOR = "auditor";

    public static final String INSTITUTION_CLAIM = "institutionId";

    private Roles() {
    }
}
