package cn.medins.audit.domain.rules;

import java.util.List;
import java.util.Map;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.Stays;
import cn.medins.contracts.coverage.VisitType;

/**
 * 挂床住院: an inpatient stay of at least {@code minStayDays} that billed no item of a treatment category (drugs,
 * materials, examinations, treatments), only bed, nursing and board.
 */
public final class NoTreatmentStayRule extends BaseRule {

    private final List<String> treatmentCategories;
    private final int minStayDays;

    public NoTreatmentStayRule(RuleDefinition definition) {
        super(definition);
        this.treatmentCategories = definition.params().strings("treatmentCategories");
        this.minStayDays = definition.params().integer("minStayDays");
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        if (!claim.isStay() || claim.visitType() != VisitType.INPATIENT) {
            return List.of();
        }
        long days = Stays.days(claim.admissionDate(), claim.dischargeDate());
        boolean treated = claim.items().stream().anyMatch(item -> treatmentCategories.contains(item.category().name()));
        if (treated || days < minStayDays) {
            return List.of();
        }
        return List.of(finding("inpatient stay of " + days + " days without any treatment item", null, claim.total(), null,
                Map.of("days", days, "itemCodes", claim.items().stream().map(i -> i.code()).distinct().toList())));
    }
}
