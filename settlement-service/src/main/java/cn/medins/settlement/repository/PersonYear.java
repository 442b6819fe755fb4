package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.util.Map;

import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.Money;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's accumulators for one calendar year; the row a settlement locks. */
@Entity
@Table(name = "person_year")
public class PersonYear extends PanacheEntityBase {

    @Id
    @Column(name = "year_key")
    public String yearKey;

    @Column(name = "insured_id")
    public String insuredId;

    public int year;

    @Column(name = "outpatient_basic")
    public BigDecimal outpatientBasic = Money.ZERO;

    @Column(name = "inpatient_basic")
    public BigDecimal inpatientBasic = Money.ZERO;

    @Column(name = "two_disease_drugs_basic")
    public BigDecimal twoDiseaseDrugsBasic = Money.ZERO;

    @Column(name = "chronic_hypertension")
    public BigDecimal chronicHypertension = Money.ZERO;

    @Column(name = "chronic_diabetes")
    public BigDecimal chronicDiabetes = Money.ZERO;

    @Column(name = "chronic_coronary")
    public BigDecimal chronicCoronary = Money.ZERO;

    @Column(name = "chronic_stroke_sequelae")
    public BigDecimal chronicStrokeSequelae = Money.ZERO;

    @Column(name = "chronic_kidney")
    public BigDecimal chronicKidney = Money.ZERO;

    @Column(name = "inpatient_stays")
    public int inpatientStays;

    @Column(name = "large_medical")
    public BigDecimal largeMedical = Money.ZERO;

    @Column(name = "critical_illness_burden")
    public BigDecimal criticalIllnessBurden = Money.ZERO;

    @Column(name = "critical_illness")
    public BigDecimal criticalIllness = Money.ZERO;

    @Column(name = "assistance_burden")
    public BigDecimal assistanceBurden = Money.ZERO;

    public BigDecimal assistance = Money.ZERO;

    @Column(name = "residual_burden")
    public BigDecimal residualBurden = Money.ZERO;

    @Column(name = "re_assistance")
    public BigDecimal reAssistance = Money.ZERO;

    public static String key(String insuredId, int year) {
        return year + "/" + insuredId;
    }

    public Accumulators accumulators() {
        return new Accumulators(outpatientBasic, inpatientBasic, twoDiseaseDrugsBasic,
                Map.of(ChronicDisease.HYPERTENSION, chronicHypertension, ChronicDisease.DIABETES, chronicDiabetes,
                        ChronicDisease.CORONARY_HEART_DISEASE, chronicCoronary, ChronicDisease.STROKE_SEQUELAE, chronicStrokeSequelae,
                        ChronicDisease.CHRONIC_KIDNEY_DISEASE, chronicKidney),
                inpatientStays, largeMedical, criticalIllnessBurden, criticalIllness, assistanceBurden, assistance, residualBurden,
                reAssistance);
    }

    public void set(Accumulators totals) {
        outpatientBasic = totals.outpatientBasic();
        inpatientBasic = totals.inpatientBasic();
        twoDiseaseDrugsBasic = totals.twoDiseaseDrugsBasic();
        chronicHypertension = totals.chronicBasic(ChronicDisease.HYPERTENSION);
        chronicDiabetes = totals.chronicBasic(ChronicDisease.DIABETES);
        chronicCoronary = totals.chronicBasic(ChronicDisease.CORONARY_HEART_DISEASE);
        chronicStrokeSequelae = totals.chronicBasic(ChronicDisease.STROKE_SEQUELAE);
        chronicKidney = totals.chronicBasic(ChronicDisease.CHRONIC_KIDNEY_DISEASE);
        inpatientStays = totals.inpatientStays();
        largeMedical = totals.largeMedical();
        criticalIllnessBurden = totals.criticalIllnessBurden();
        criticalIllness = totals.criticalIllness();
        assistanceBurden = totals.assistanceBurden();
        assistance = totals.assistance();
        residualBurden = totals.residualBurden();
        reAssistance = totals.reAssistance();
    }
}
