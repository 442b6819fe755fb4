package cn.medins.settlement.domain;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.policy.Policy;

/** Claims and persons for calculator tests, against the reference policy 371600/2026. */
final class Claims {

    static final String HOME = "371600";
    static final SettlementCalculator REFERENCE = new SettlementCalculator(PolicyFiles.readResource("policies/371600-2026.json"));

    private final VisitType visitType;
    private int level = 3;
    private String region = HOME;
    private LocalDate serviceDate = LocalDate.of(2026, 4, 6);
    private Claim.Delivery delivery;
    private final List<String> diagnoses = new ArrayList<>(List.of("I63.9"));
    private final List<Claim.Line> items = new ArrayList<>();

    private Claims(VisitType visitType) {
        this.visitType = visitType;
    }

    static Claims visit(VisitType visitType) {
        return new Claims(visitType);
    }

    Claims level(int institutionLevel) {
        this.level = institutionLevel;
        return this;
    }

    Claims in(String institutionRegion) {
        this.region = institutionRegion;
        return this;
    }

    Claims on(LocalDate date) {
        this.serviceDate = date;
        return this;
    }

    Claims delivery(Claim.Delivery maternity) {
        this.delivery = maternity;
        return this;
    }

    Claims diagnosis(String code) {
        diagnoses.add(0, code);
        return this;
    }

    /** A drug of {@code amount} in the class. */
    Claims item(CatalogClass catalogClass, String amount) {
        return item(catalogClass, ItemCategory.DRUG, amount);
    }

    Claims item(CatalogClass catalogClass, ItemCategory category, String amount) {
        items.add(new Claim.Line("X" + items.size(), catalogClass, category, new BigDecimal(amount)));
        return this;
    }

    Claim build() {
        return new Claim(visitType, level, region, serviceDate, delivery, diagnoses, items);
    }

    /**
     * The reference policy as version {@code <region>-2026.1} of another region, with its own class B first self-pay,
     * resident outpatient ratio and remote first self-pay; edited as a document so that it keeps every other figure.
     */
    static Policy region(String regionCode, String classBSelfPay, String residentOutpatientRatio, String remoteFirstSelfPay) {
        ObjectNode document = (ObjectNode) PolicyFiles.tree(PolicyFiles.write(REFERENCE.policy()));
        document.put("regionCode", regionCode).put("version", regionCode + "-2026.1")
                .put("classBSelfPayRatio", new BigDecimal(classBSelfPay));
        ((ObjectNode) document.get("resident").get("outpatient")).put("ratio", new BigDecimal(residentOutpatientRatio));
        ((ObjectNode) document.get("remoteCare")).put("firstSelfPayRatio", new BigDecimal(remoteFirstSelfPay));
        return PolicyFiles.read(regionCode, new ByteArrayInputStream(document.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static Insured person(Category category) {
        return new Insured(category, HOME, null, Set.of(), false);
    }

    static Insured needy(Category category, NeedyCategory needy) {
        return new Insured(category, HOME, needy, Set.of(), false);
    }

    static Insured qualified(Category category, ChronicDisease... diseases) {
        return new Insured(category, HOME, null, Set.of(diseases), false);
    }

    static Insured registeredRemote(Category category) {
        return new Insured(category, HOME, null, Set.of(), true);
    }
}
