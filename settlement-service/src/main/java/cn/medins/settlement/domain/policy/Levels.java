package cn.medins.settlement.domain.policy;

import java.util.List;
import java.util.Optional;

import cn.medins.settlement.domain.policy.Policy.InpatientLevel;

/** Inpatient terms are listed per institution level, 1, 2, 3 in order, each exactly once. */
final class Levels {

    private Levels() {
    }

    static List<InpatientLevel> complete(List<InpatientLevel> levels, String field) {
        List<InpatientLevel> listed = Require.notEmpty(levels, field);
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).level() != i + 1) {
                throw new IllegalArgumentException(field + "[" + i + "].level: must be " + (i + 1) + " (levels in order from 1)");
            }
        }
        return listed;
    }

    static Optional<InpatientLevel> find(List<InpatientLevel> levels, int level) {
        return level >= 1 && level <= levels.size() ? Optional.of(levels.get(level - 1)) : Optional.empty();
    }
}
