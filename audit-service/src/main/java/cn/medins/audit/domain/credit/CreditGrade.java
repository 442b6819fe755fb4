package cn.medins.audit.domain.credit;

/** Institution credit grades, best first; the grade sets the institution's prepayment tier. */
public enum CreditGrade {
    A_PLUS("A+"), A("A"), B("B"), C("C"), C_MINUS("C-"), D("D"), D_MINUS("D-");

    private final String label;

    CreditGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CreditGrade ofLabel(String label) {
        for (CreditGrade grade : values()) {
            if (grade.label.equals(label)) {
                return grade;
            }
        }
        throw new IllegalArgumentException("no credit grade " + label);
    }

    /** One grade worse, D- staying D-. */
    CreditGrade lower() {
        return this == D_MINUS ? this : values()[ordinal() + 1];
    }

    /** One grade better, but never better than {@code ceiling}; a grade at or above the ceiling stays. */
    CreditGrade raiseUpTo(CreditGrade ceiling) {
        return ordinal() <= ceiling.ordinal() ? this : values()[ordinal() - 1];
    }
}
