package cn.medins.contracts.coverage;

/** The insured category within a scheme: employees are ACTIVE or RETIRED, residents ADULT, CHILD, STUDENT or NEWBORN. */
public enum Category {
    ACTIVE(Scheme.EMPLOYEE),
    RETIRED(Scheme.EMPLOYEE),
    ADULT(Scheme.RESIDENT),
    CHILD(Scheme.RESIDENT),
    STUDENT(Scheme.RESIDENT),
    NEWBORN(Scheme.RESIDENT);

    private final Scheme scheme;

    Category(Scheme scheme) {
        this.scheme = scheme;
    }

    public Scheme scheme() {
        return scheme;
    }
}
