package cn.medins.audit.domain;

import java.util.List;

import cn.medins.contracts.audit.AuditEvents.Severity;

/** The counter's answer: the gravest finding decides; informational findings do not stop a claim. */
public enum Verdict {
    PASS, WARN, BLOCK;

    public static Verdict of(List<Finding> findings) {
        Verdict verdict = PASS;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.BLOCK) {
                return BLOCK;
            }
            if (finding.severity() == Severity.WARN) {
                verdict = WARN;
            }
        }
        return verdict;
    }
}
