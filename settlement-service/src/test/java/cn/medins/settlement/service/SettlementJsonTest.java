package cn.medins.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.rest.JsonLimits;
import cn.medins.settlement.domain.Claim;
import cn.medins.settlement.domain.Insured;
import cn.medins.settlement.domain.RatingInput;

class SettlementJsonTest {

    /** Configured as Quarkus configures the application's mapper, with the suite's limits. */
    private static final SettlementJson JSON = new SettlementJson(mapper());

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new JsonLimits().customize(mapper);
        return mapper;
    }

    @Test
    void aStoredRatingInputReadsBackEqualWithEveryAmountToTheSameScale() {
        Insured insured = new Insured(Category.ADULT, "370400", NeedyCategory.values()[0],
                Set.of(ChronicDisease.values()[0], ChronicDisease.values()[1]), true);
        Claim claim = new Claim(VisitType.MATERNITY, 2, "370100", LocalDate.of(2026, 7, 15),
                new Claim.Delivery(MaternityCaseType.values()[0], 2, 1), List.of("O80", "Z37.0"),
                List.of(new Claim.Line("XB01AC06", CatalogClass.A, ItemCategory.TREATMENT, new BigDecimal("30000.00")),
                        new Claim.Line("D1", CatalogClass.B, ItemCategory.DRUG, new BigDecimal("0.10")),
                        new Claim.Line("C1", CatalogClass.C, ItemCategory.TREATMENT, new BigDecimal("12.30"))));
        RatingInput rated = new RatingInput(insured, claim);

        RatingInput read = JSON.rated(JSON.write(rated));

        assertThat(read).isEqualTo(rated);
        assertThat(read.claim().items().get(1).amount()).isEqualByComparingTo("0.10").hasScaleOf(2);
    }

    @Test
    void aClaimWithoutDeliveryOrNeedyStatusReadsBackWithTheirAbsenceKept() {
        RatingInput rated = new RatingInput(new Insured(Category.RETIRED, "371600", null, Set.of(), false),
                new Claim(VisitType.OUTPATIENT, 3, "371600", LocalDate.of(2026, 4, 1), null, List.of(),
                        List.of(new Claim.Line("X0", CatalogClass.A, ItemCategory.TREATMENT, new BigDecimal("100.00")))));

        assertThat(JSON.rated(JSON.write(rated))).isEqualTo(rated);
    }
}
