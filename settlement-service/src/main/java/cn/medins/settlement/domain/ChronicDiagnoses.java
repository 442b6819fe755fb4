package cn.medins.settlement.domain;

import java.util.Optional;

import cn.medins.contracts.coverage.ChronicDisease;

/** Which recognised chronic disease an ICD-10 code belongs to (POLICY.md ranges). */
public final class ChronicDiagnoses {

    private ChronicDiagnoses() {
    }

    public static Optional<ChronicDisease> of(String icd10) {
        if (icd10 == null || icd10.length() < 3) {
            return Optional.empty();
        }
        char chapter = icd10.charAt(0);
        int number;
        try {
            number = Integer.parseInt(icd10.substring(1, 3));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (chapter == 'I' && number >= 10 && number <= 15) {
            return Optional.of(ChronicDisease.HYPERTENSION);
        }
        if (chapter == 'E' && number >= 10 && number <= 14) {
            return Optional.of(ChronicDisease.DIABETES);
        }
        if (chapter == 'I' && number >= 20 && number <= 25) {
            return Optional.of(ChronicDisease.CORONARY_HEART_DISEASE);
        }
        if (chapter == 'I' && number == 69) {
            return Optional.of(ChronicDisease.STROKE_SEQUELAE);
        }
        if (chapter == 'N' && number == 18) {
            return Optional.of(ChronicDisease.CHRONIC_KIDNEY_DISEASE);
        }
        return Optional.empty();
    }
}
