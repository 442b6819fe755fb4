package cn.medins.assistance.domain;

/** The partner agencies whose records assistance reads, by the name their topic and configuration give them. */
public enum Partner {
    CIVIL_AFFAIRS("civil-affairs"),
    HR("hr");

    private final String key;

    Partner(String key) {
        this.key = key;
    }

    /** {@code medins.assistance.partners.<key>.regions} */
    public String key() {
        return key;
    }
}
