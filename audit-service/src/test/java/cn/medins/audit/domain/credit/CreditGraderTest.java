package cn.medins.audit.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditGraderTest {

    private final CreditGrader grader = new CreditGrader();

    private CreditGrade grade(long claims, long violations) {
        return grader.grade(new InstitutionRecord(claims, violations, 0, 0, 0, 0)).grade();
    }

    @Test
    void aCleanInstitutionWithEnoughClaimsIsAPlus() {
        CreditAssessment assessment = grader.grade(new InstitutionRecord(500, 0, 40, 0, 40, 0));

        assertThat(assessment.grade()).isEqualTo(CreditGrade.A_PLUS);
        assertThat(assessment.reasons()).singleElement().asString().contains("0 confirmed violations in 500 claims");
    }

    @Test
    void tooFewClaimsCannotEarnAPlus() {
        CreditAssessment assessment = grader.grade(new InstitutionRecord(99, 0, 10, 0, 10, 0));

        assertThat(assessment.grade()).isEqualTo(CreditGrade.A);
        assertThat(assessment.reasons()).anySatisfy(r -> assertThat(r).contains("fewer than 100"));
    }

    @Test
    void theViolationRateSetsTheGradeAtEachBound() {
        assertThat(grade(1000, 2)).isEqualTo(CreditGrade.A);
        assertThat(grade(1000, 3)).isEqualTo(CreditGrade.B);
        assertThat(grade(1000, 5)).isEqualTo(CreditGrade.B);
        assertThat(grade(1000, 10)).isEqualTo(CreditGrade.C);
        assertThat(grade(1000, 11)).isEqualTo(CreditGrade.C_MINUS);
        assertThat(grade(1000, 50)).isEqualTo(CreditGrade.D);
        assertThat(grade(1000, 51)).isEqualTo(CreditGrade.D_MINUS);
        assertThat(grade(0, 1)).isEqualTo(CreditGrade.D_MINUS);
    }

    @Test
    void aWorseningMonthCostsOneGrade() {
        CreditAssessment assessment = grader.grade(new InstitutionRecord(1000, 4, 100, 3, 100, 1));

        assertThat(assessment.grade()).isEqualTo(CreditGrade.C);
        assertThat(assessment.reasons()).last().asString().startsWith("worsening");
    }

    @Test
    void aSingleViolationThisMonthIsNoTrend() {
        assertThat(grader.grade(new InstitutionRecord(1000, 4, 100, 1, 100, 0)).grade()).isEqualTo(CreditGrade.B);
    }

    @Test
    void aCleanMonthAfterABadOneEarnsOneGradeBackButNotAboveA() {
        assertThat(grader.grade(new InstitutionRecord(1000, 8, 100, 0, 100, 2)).grade()).isEqualTo(CreditGrade.B);
        assertThat(grader.grade(new InstitutionRecord(1000, 3, 100, 0, 100, 2)).grade()).isEqualTo(CreditGrade.A);
        assertThat(grader.grade(new InstitutionRecord(1000, 2, 100, 0, 100, 2)).grade()).isEqualTo(CreditGrade.A);
    }

    @Test
    void aCleanMonthWithTooFewClaimsEarnsNothing() {
        assertThat(grader.grade(new InstitutionRecord(1000, 8, 19, 0, 100, 2)).grade()).isEqualTo(CreditGrade.C);
    }

    @Test
    void gradesReadAsTheirLabels() {
        assertThat(CreditGrade.ofLabel("C-")).isEqualTo(CreditGrade.C_MINUS);
        assertThat(CreditGrade.A_PLUS.label()).isEqualTo("A+");
        assertThat(CreditGrade.D_MINUS.lower()).isEqualTo(CreditGrade.D_MINUS);
    }
}
