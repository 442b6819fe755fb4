package cn.medins.audit.domain.rules;

import static cn.medins.audit.domain.ClaimBuilder.claim;
import static cn.medins.audit.domain.RuleTesting.after;
import static cn.medins.audit.domain.RuleTesting.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.InMemoryHistory;
import cn.medins.audit.domain.Rule;
import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.TraceCodes;
import cn.medins.audit.domain.TraceUse;
import cn.medins.contracts.audit.AuditEvents.Severity;

class TraceabilityRulesTest {

    private static final String CODE = "83123450000000000001";
    private final ClaimFacts soldAtA = claim().id("S-A").at("H-A").drug("XB01AC06", "1", "15.50", CODE).build();

    @Test
    void aCodeAlreadySoldElsewhereIsResoldWithOnePackAtStake() {
        ClaimFacts atB = claim().id("S-B").person("P2").at("H-B").drug("XB01AC06", "1", "15.50", CODE).build();

        List<Finding> findings = evaluate("TRACE_RESOLD", atB, after(soldAtA));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.itemCode()).isEqualTo("XB01AC06");
            assertThat(f.amount()).isEqualByComparingTo("15.50");
            assertThat(f.relatedClaimId()).isEqualTo("S-A");
            assertThat(f.evidence()).containsEntry("traceCode", CODE).containsEntry("firstInstitutionId", "H-A");
        });
    }

    @Test
    void aCodeWhoseOnlySaleWasReversedIsNotResold() {
        InMemoryHistory history = new InMemoryHistory()
                .addTraceUse(new TraceUse(CODE, "S-A", "H-A", "XB01AC06", LocalDate.of(2026, 4, 1), true));
        ClaimFacts atB = claim().id("S-B").at("H-B").drug("XB01AC06", "1", "15.50", CODE).build();

        assertThat(evaluate("TRACE_RESOLD", atB, history)).isEmpty();
    }

    @Test
    void aNewCodeIsNotResoldAndTheSameSettlementSeenAgainIsNotEither() {
        ClaimFacts fresh = claim().id("S-B").at("H-B").drug("XB01AC06", "1", "15.50", "83123450000000000002").build();

        assertThat(evaluate("TRACE_RESOLD", fresh, after(soldAtA))).isEmpty();
        assertThat(evaluate("TRACE_RESOLD", soldAtA, after(soldAtA))).isEmpty();
    }

    @Test
    void aCodeListedTwiceInOneClaimIsResold() {
        ClaimFacts twice = claim().drug("XB01AC06", "2", "15.50", CODE, CODE).build();

        assertThat(evaluate("TRACE_RESOLD", twice)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("traceCode", CODE));
    }

    @Test
    void aCodeBilledAsAnotherDrugIsSubstitutedEvenWhenTheFirstSaleWasReversed() {
        InMemoryHistory history = new InMemoryHistory()
                .addTraceUse(new TraceUse(CODE, "S-A", "H-A", "XB01AC06", LocalDate.of(2026, 4, 1), true));
        ClaimFacts asAnother = claim().id("S-B").at("H-B").drug("XL01XC03", "1", "980.00", CODE).build();

        assertThat(evaluate("TRACE_SUBSTITUTED", asAnother, history)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("belongsTo", "XB01AC06").containsEntry("billedAs", "XL01XC03");
            assertThat(f.amount()).isEqualByComparingTo(new BigDecimal("980.00"));
        });
    }

    @Test
    void aCodeBilledAsItsOwnDrugIsNotSubstituted() {
        ClaimFacts same = claim().id("S-B").at("H-B").drug("XB01AC06", "1", "15.50", CODE).build();

        assertThat(evaluate("TRACE_SUBSTITUTED", same, after(soldAtA))).isEmpty();
    }

    @Test
    void aFreshCodeOfAProductFirstBilledAsAnotherDrugIsSubstituted() {
        ClaimFacts freshCodeAsAnother = claim().id("S-B").at("H-B").drug("XL01XC03", "1", "980.00", "83123459999999999999").build();

        assertThat(evaluate("TRACE_SUBSTITUTED", freshCodeAsAnother, after(soldAtA))).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("basis", "product").containsEntry("belongsTo", "XB01AC06")
                    .containsEntry("firstTraceCode", CODE);
            assertThat(f.relatedClaimId()).isEqualTo("S-A");
        });
    }

    @Test
    void aFreshCodeOfTheSameDrugOrOfAnotherProductOrShapeIsNotSubstituted() {
        InMemoryHistory history = after(soldAtA);

        assertThat(evaluate("TRACE_SUBSTITUTED", claim().drug("XB01AC06", "1", "15.50", "83123459999999999999").build(),
                history)).isEmpty();
        assertThat(evaluate("TRACE_SUBSTITUTED", claim().drug("XL01XC03", "1", "980", "83999990000000000001").build(),
                history)).isEmpty();
        assertThat(evaluate("TRACE_SUBSTITUTED", claim().drug("XL01XC03", "1", "980", "8312345-short").build(),
                history)).isEmpty();
    }

    @Test
    void theProductCheckCanBeSwitchedOff() {
        Rule codeOnly = new TraceSubstitutionRule(new RuleDefinition("TRACE_SUBSTITUTED", "TRACEABILITY", Severity.BLOCK, true,
                "", Map.of("checkProduct", false)));

        assertThat(codeOnly.evaluate(claim().drug("XL01XC03", "1", "980", "83123459999999999999").build(), after(soldAtA)))
                .isEmpty();
    }

    @Test
    void theDrugIdentifierIsTheFirstSevenDigitsOfATwentyDigitCode() {
        assertThat(TraceCodes.product("83123450000000000001")).isEqualTo("8312345");
        assertThat(TraceCodes.product("8312345000000000000X")).isNull();
        assertThat(TraceCodes.product("831234500000000000")).isNull();
        assertThat(TraceCodes.product(null)).isNull();
    }
}
