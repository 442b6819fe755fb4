package cn.medins.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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

/** A replay must rate what the mapper would have read, whichever path reads a stored rating input. */
class PolicyReplayInputsTest {

    /** Configured as Quarkus configures the application's mapper ({@code quarkus.jackson.fail-on-unknown-properties=true}). */
    private static final SettlementJson JSON = new SettlementJson(mapper());
    private static final PolicyReplayInputs INPUTS = new PolicyReplayInputs(JSON);

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new JsonLimits().customize(mapper);
        return mapper;
    }

    @Test
    void everyStoredShapeReadsAsTheMapperReadsIt() {
        List<RatingInput> inputs = new ArrayList<>();
        Category[] categories = Category.values();
        NeedyCategory[] needy = NeedyCategory.values();
        ChronicDisease[] diseases = ChronicDisease.values();
        VisitType[] visits = VisitType.values();
        ItemCategory[] items = ItemCategory.values();
        CatalogClass[] classes = CatalogClass.values();
        MaternityCaseType[] cases = MaternityCaseType.values();
        for (int i = 0; i < 200; i++) {
            Set<ChronicDisease> qualifications = EnumSet.noneOf(ChronicDisease.class);
            for (int d = 0; d < i % 3; d++) {
                qualifications.add(diseases[(i + d) % diseases.length]);
            }
            VisitType visit = visits[i % visits.length];
            List<Claim.Line> lines = new ArrayList<>();
            for (int l = 0; l <= i % 4; l++) {
                // amounts of every scale the counter keeps, and a whole one as a partner might send it
                BigDecimal amount = l == 3 ? new BigDecimal(7 + i) : BigDecimal.valueOf(1_000L * i + 37 * l, l % 3);
                lines.add(new Claim.Line("C" + i + "\"" + l + "\\u4e2d药", classes[(i + l) % classes.length],
                        items[(i + l) % items.length], amount));
            }
            inputs.add(new RatingInput(
                    new Insured(categories[i % categories.length], i % 5 == 0 ? "370100" : "371600",
                            i % 4 == 1 ? needy[i % needy.length] : null, qualifications, i % 2 == 0),
                    new Claim(visit, 1 + i % 3, i % 7 == 0 ? "370400" : "371600", LocalDate.of(2026, 1, 1).plusDays(i),
                            visit == VisitType.MATERNITY ? new Claim.Delivery(cases[i % cases.length], 1 + i % 2, 1 + i % 3) : null,
                            i % 6 == 0 ? List.of() : List.of("I10", "E11.9"), lines)));
        }

        for (RatingInput input : inputs) {
            String stored = JSON.write(input);

            RatingInput read = INPUTS.read(stored);

            assertThat(read).as(stored).isEqualTo(JSON.rated(stored)).isEqualTo(input);
            for (int l = 0; l < read.claim().items().size(); l++) {
                assertThat(read.claim().items().get(l).amount()).hasScaleOf(input.claim().items().get(l).amount().scale());
            }
        }
    }

    @Test
    void aRatingInputInAnotherShapeIsReadAsTheMapperReadsItOrRefusedAsItRefusesIt() {
        String stored = JSON.write(new RatingInput(new Insured(Category.ADULT, "371600", null, Set.of(), false),
                new Claim(VisitType.OUTPATIENT, 2, "371600", LocalDate.of(2026, 4, 1), null, List.of("J06.9"),
                        List.of(new Claim.Line("X0", CatalogClass.A, ItemCategory.TREATMENT, new BigDecimal("100.00"))))));

        // written before needy was kept, fields in another order: the mapper reads it, and so does the replay
        String older = stored.replace("\"needy\":null,", "").replace("{\"category\":\"ADULT\",\"regionCode\":\"371600\"",
                "{\"regionCode\":\"371600\",\"category\":\"ADULT\"");
        assertThat(older).doesNotContain("needy");
        assertThat(INPUTS.read(older)).isEqualTo(JSON.rated(older));
        // an amount stored as text: the mapper's coercion decides, not the fast path
        String textAmount = stored.replace("\"amount\":100.00", "\"amount\":\"100.00\"");
        assertThat(INPUTS.read(textAmount)).isEqualTo(JSON.rated(textAmount));

        for (String refused : List.of(stored.replace("\"remoteCareRegistered\"", "\"futureField\":1,\"remoteCareRegistered\""),
                stored.replace("J06.9", "J06\\u0007"), stored.replace("OUTPATIENT", "NOT_A_VISIT"), stored.substring(1))) {
            assertThatThrownBy(() -> JSON.rated(refused)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> INPUTS.read(refused)).as(refused).isInstanceOf(IllegalStateException.class)
                    .hasMessage("stored rating input is not readable");
        }
    }
}
