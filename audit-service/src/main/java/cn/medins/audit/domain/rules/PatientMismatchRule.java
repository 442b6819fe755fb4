package cn.medins.audit.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.ClaimItem;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.Parameters;
import cn.medins.audit.domain.RuleDefinition;
import cn.medins.contracts.coverage.Sex;

/**
 * A diagnosis, visit type or item the patient's sex or age rules out (a delivery for a man, prostate hyperplasia for a
 * woman, a neonatal condition for an adult). Each constraint names what it applies to and who may have it; a claim
 * whose patient's sex or birth date is unknown is not judged.
 */
public final class PatientMismatchRule extends BaseRule {

    private final List<Constraint> constraints;

    /** Applies to claims with a diagnosis starting with one of the prefixes, of one of the visit types, or to the items. */
    record Constraint(String label, List<String> diagnosisPrefixes, List<String> visitTypes, List<String> itemCodes,
            Sex sex, Integer minAge, Integer maxAge) {

        static Constraint of(Parameters p) {
            return new Constraint(p.text("label"), p.strings("diagnosisPrefixes"), p.strings("visitTypes"),
                    p.strings("itemCodes"), p.has("sex") ? Sex.valueOf(p.text("sex")) : null,
                    p.has("minAge") ? p.integer("minAge") : null, p.has("maxAge") ? p.integer("maxAge") : null);
        }

        boolean appliesToClaim(ClaimFacts claim) {
            return visitTypes.contains(claim.visitType().name())
                    || claim.diagnoses().stream().anyMatch(code -> diagnosisPrefixes.stream().anyMatch(code::startsWith));
        }

        /** Why the patient may not have it, or {@code null} if they may. */
        String violation(Sex patientSex, Integer age) {
            if (sex != null && patientSex != null && patientSex != sex) {
                return "patient sex " + patientSex;
            }
            if (age != null && minAge != null && age < minAge) {
                return "patient age " + age + " below " + minAge;
            }
            if (age != null && maxAge != null && age > maxAge) {
                return "patient age " + age + " above " + maxAge;
            }
            return null;
        }
    }

    public PatientMismatchRule(RuleDefinition definition) {
        super(definition);
        this.constraints = definition.params().objects("constraints").stream().map(Constraint::of).toList();
    }

    /** One finding for the claim however many of its constraints it breaks, one per item that breaks one. */
    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        Sex sex = claim.patient().sex();
        Integer age = claim.patient().ageOn(claim.admissionDate());
        if (sex == null && age == null) {
            return List.of();
        }
        List<String> claimViolations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Constraint constraint : constraints) {
            String violation = constraint.violation(sex, age);
            if (violation == null) {
                continue;
            }
            if (constraint.appliesToClaim(claim)) {
                claimViolations.add(constraint.label() + " inconsistent with " + violation);
            }
            for (ClaimItem item : claim.items()) {
                if (constraint.itemCodes().contains(item.code())) {
                    findings.add(mismatch(List.of(constraint.label() + " inconsistent with " + violation), item.code(),
                            item.amount(), sex, age));
                }
            }
        }
        if (!claimViolations.isEmpty()) {
            findings.add(0, mismatch(claimViolations, null, claim.total(), sex, age));
        }
        return findings;
    }

    private Finding mismatch(List<String> violations, String itemCode, BigDecimal amount, Sex sex, Integer age) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("violations", violations);
        if (sex != null) {
            evidence.put("sex", sex.name());
        }
        if (age != null) {
            evidence.put("age", age);
        }
        return finding(String.join("; ", violations), itemCode, amount, null, evidence);
    }
}
