package cn.medins.audit.domain;

import static cn.medins.audit.domain.ClaimBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.medins.audit.config.RuleCatalogueReader;
import cn.medins.contracts.audit.AuditEvents.Severity;
import cn.medins.contracts.coverage.Sex;

class RuleEngineTest {

    private final RuleEngine engine = RuleEngine.of(RuleCatalogueReader.readDefault());

    @Test
    void theShippedCatalogueCoversEveryCategoryWithEveryRuleEnabled() {
        assertThat(engine.catalogue()).extracting(RuleDefinition::category).containsOnly("DUPLICATE_BILLING", "TRACEABILITY",
                "OVER_QUANTITY", "PATIENT_MISMATCH", "IDENTITY_MISUSE", "SPLIT_ADMISSION", "NO_TREATMENT", "PEER_COMPARISON");
        assertThat(engine.catalogue()).hasSize(10).allMatch(RuleDefinition::enabled);
        assertThat(engine.lookbackDays()).isEqualTo(15);
    }

    @Test
    void aCleanClaimPasses() {
        List<Finding> findings = engine.evaluate(claim().build(), new InMemoryHistory());

        assertThat(findings).isEmpty();
        assertThat(Verdict.of(findings)).isEqualTo(Verdict.PASS);
    }

    @Test
    void theGravestFindingDecidesTheVerdict() {
        ClaimFacts first = claim().id("S1").drug("XB01AC06", "1", "15.5", "T1").build();
        ClaimFacts resoldAndTooMuch = claim().id("S2").person("P2").at("H2").drug("XB01AC06", "9", "15.5", "T1").build();

        List<Finding> findings = engine.evaluate(resoldAndTooMuch, new InMemoryHistory().record(first));

        assertThat(findings).extracting(Finding::ruleId).containsExactly("TRACE_RESOLD", "OVER_QUANTITY");
        assertThat(Verdict.of(findings)).isEqualTo(Verdict.BLOCK);
        assertThat(Verdict.of(findings.subList(1, 2))).isEqualTo(Verdict.WARN);
        assertThat(Verdict.of(List.of(new Finding("X", Severity.INFO, "m", null, BigDecimal.ONE, null, Map.of()))))
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void claimsJudgedInTurnSeeTheClaimsBeforeThemAndNotTheOnesAfter() {
        ClaimFacts first = claim().id("S1").person("P1").at("H1").drug("XB01AC06", "1", "15.5", "T1").build();
        ClaimFacts resold = claim().id("S2").person("P2").at("H2").drug("XB01AC06", "1", "15.5", "T1").build();
        ClaimFacts billedTwice = claim().id("S3").person("P2").at("H2").drug("XB01AC06", "1", "15.5").build();
        InMemoryHistory history = new InMemoryHistory();

        List<List<Finding>> findings = engine.evaluateInTurn(List.of(first, resold, billedTwice), history);

        assertThat(findings.get(0)).isEmpty();
        assertThat(findings.get(1)).extracting(Finding::ruleId).containsExactly("TRACE_RESOLD");
        assertThat(findings.get(1)).extracting(Finding::relatedClaimId).containsExactly("S1");
        assertThat(findings.get(2)).extracting(Finding::ruleId).containsExactly("DUPLICATE_BILLING");
        assertThat(findings.get(2)).extracting(Finding::relatedClaimId).containsExactly("S2");
        assertThat(history.usesOf("T1")).extracting(TraceUse::claimId).containsExactly("S1", "S2");
    }

    @Test
    void aDisabledRuleIsListedButNotEvaluated() {
        RuleEngine withoutSexRule = RuleEngine.of(List.of(new RuleDefinition("SEX_AGE_MISMATCH", "PATIENT_MISMATCH",
                Severity.BLOCK, false, "off", Map.of("constraints", List.of(Map.of("label", "x", "diagnosisPrefixes",
                        List.of("N40"), "sex", "M"))))));
        ClaimFacts prostateForAWoman = claim().patient(Sex.F, LocalDate.of(1980, 1, 1)).diagnosis("N40").build();

        assertThat(withoutSexRule.catalogue()).hasSize(1);
        assertThat(withoutSexRule.evaluate(prostateForAWoman, new InMemoryHistory())).isEmpty();
    }

    @Test
    void anOperatorsCatalogueFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, """
                [{"id":"SPLIT_ADMISSION","category":"SPLIT_ADMISSION","severity":"BLOCK",
                  "parameters":{"withinDays":30,"sameInstitution":false}}]""");

        RuleEngine tuned = RuleEngine.of(RuleCatalogueReader.readFile(file));

        assertThat(tuned.catalogue()).singleElement().satisfies(rule -> {
            assertThat(rule.enabled()).isTrue();
            assertThat(rule.severity()).isEqualTo(Severity.BLOCK);
        });
        assertThat(tuned.lookbackDays()).isEqualTo(30);
    }

    @Test
    void aCatalogueNamingAnUnknownRuleOrMissingAParameterIsRefused() {
        assertThatThrownBy(() -> RuleEngine.of(List.of(new RuleDefinition("NO_SUCH", "X", Severity.WARN, true, "", Map.of()))))
                .hasMessageContaining("unknown rule NO_SUCH");
        String json = """
                [{"id":"SPLIT_ADMISSION","category":"SPLIT_ADMISSION","severity":"WARN","parameters":{"sameInstitution":true}}]""";
        List<RuleDefinition> catalogue = RuleCatalogueReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> RuleEngine.of(catalogue)).hasMessageContaining("'withinDays' is missing");
    }
}
