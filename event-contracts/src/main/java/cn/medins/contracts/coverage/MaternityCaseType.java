package cn.medins.contracts.coverage;

/** The four delivery case codes (POLICY.md). */
public enum MaternityCaseType {
    SINGLE_VAGINAL, SINGLE_CESAREAN, MULTIPLE_VAGINAL, MULTIPLE_CESAREAN;

    public boolean cesarean() {
        return this == SINGLE_CESAREAN || this == MULTIPLE_CESAREAN;
    }
}
