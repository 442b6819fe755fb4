package cn.medins.enrollment.domain;

/** The partner agencies whose records enrollment reads, by the name their topic and configuration give them. */
public enum Partner {
    HEALTH("health"),
    POLICE("police"),
    EDUCATION("education"),
    HR("hr");

    private final String key;

    Partner(String key) {
        this.key = key;
    }

    /** {@code enrollment.partners.<key>.regions} */
    public String key() {
        return key;
    }
}
