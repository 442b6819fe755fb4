package cn.medins.assistance.domain;

/**
 * Where a township-review case stands. Each approval moves an open case one stage on (初审 → 复核 → 拨付 → done);
 * a rejection at any open stage ends it. A closed case takes no more reviews.
 */
public enum CaseStatus {
    /** 初审 */
    INITIAL_REVIEW,
    /** 复核 */
    RECHECK,
    /** 拨付 */
    DISBURSEMENT,
    COMPLETED,
    REJECTED;

    public boolean isOpen() {
        return this == INITIAL_REVIEW || this == RECHECK || this == DISBURSEMENT;
    }

    /** @throws IllegalStateException for a closed case */
    public CaseStatus afterApproval() {
        return switch (this) {
            case INITIAL_REVIEW -> RECHECK;
            case RECHECK -> DISBURSEMENT;
            case DISBURSEMENT -> COMPLETED;
            default -> throw new IllegalStateException("a " + this + " case takes no more reviews");
        };
    }

    /** @throws IllegalStateException for a closed case */
    public CaseStatus afterRejection() {
        if (!isOpen()) {
            throw new IllegalStateException("a " + this + " case takes no more reviews");
        }
        return REJECTED;
    }
}
