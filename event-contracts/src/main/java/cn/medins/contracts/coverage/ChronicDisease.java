package cn.medins.contracts.coverage;

/** Chronic diseases recognised apply-free from settled claims (POLICY.md), with their ICD-10 ranges. */
public enum ChronicDisease {
    HYPERTENSION,
    DIABETES,
    CORONARY_HEART_DISEASE,
    STROKE_SEQUELAE,
    CHRONIC_KIDNEY_DISEASE
}
