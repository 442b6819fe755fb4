package cn.medins.bench;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.Claim;
import cn.medins.settlement.domain.Insured;
import cn.medins.settlement.domain.PolicyCatalog;
import cn.medins.settlement.domain.PolicyReplay;
import cn.medins.settlement.domain.PolicyReplay.StoredClaim;
import cn.medins.settlement.domain.RatingInput;
import cn.medins.settlement.domain.Settlement;
import cn.medins.settlement.domain.SettlementCalculator;
import cn.medins.settlement.domain.policy.Policy;

/**
 * Settlement's what-if replay in process, on one thread: {@code claims} synthetic stored claims (five a person: four
 * outpatient visits and a stay, every category, some needy, some remote, classes A/B/C) replayed through
 * {@link PolicyReplay} with a draft of the reference policy (resident outpatient 60% → 70%). Measured twice: the
 * rating alone, and with each claim's stored rating input read from its JSON as the replay job does. The claims are
 * made (and settled under the reference policy, for the actual split) before the clock starts; a template of
 * {@code template-persons} persons is replayed under fresh insured ids until the count is reached, so the heap holds
 * the template only.
 */
final class PolicyReplayBench {

    static final int CLAIMS_PER_PERSON = 5;
    private static final Category[] CATEGORIES = Category.values();

    private PolicyReplayBench() {
    }

    static String run(Options options) throws Exception {
        int claims = options.integer("claims", 1_000_000);
        int templatePersons = options.integer("template-persons", 5_000);
        Policy reference = PolicyFiles.readResource("policies/371600-2026.json");
        SettlementCalculator draft = new SettlementCalculator(revision(reference));
        List<List<StoredClaim>> template = template(new SettlementCalculator(reference), templatePersons);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<List<String>> rated = template.stream()
                .map(person -> person.stream().map(claim -> write(json, claim.rated())).toList()).toList();

        replay(draft, template, null, null, Math.min(claims, 200_000));   // warm-up: let the JIT compile the path
        long start = System.nanoTime();
        PolicyReplay.Result result = replay(draft, template, null, null, claims);
        double seconds = (System.nanoTime() - start) / 1e9;
        replay(draft, template, rated, json, Math.min(claims, 200_000));
        long startJson = System.nanoTime();
        replay(draft, template, rated, json, claims);
        double secondsJson = (System.nanoTime() - startJson) / 1e9;

        return String.format(Locale.ROOT, "policy-replay: %d claims of %d persons on one thread in %.2f s: %.0f claims/s; with each"
                + " rating input read from JSON %.2f s: %.0f claims/s; basic pool %+,.2f, personal %+,.2f, %d persons paying less",
                result.claims(), result.persons(), seconds, result.claims() / seconds, secondsJson, result.claims() / secondsJson,
                result.funds().difference().basicPool(), result.funds().difference().personal(), result.payingLess().persons());
    }

    /** Replays the template's persons, over and over under new ids, until {@code claims} claims are done. */
    private static PolicyReplay.Result replay(SettlementCalculator draft, List<List<StoredClaim>> template, List<List<String>> rated,
            ObjectMapper json, int claims) throws Exception {
        PolicyReplay replay = new PolicyReplay(draft, PolicyCatalog.ofYearlyPolicies(List.of()));
        List<StoredClaim> claimsOfPerson = new ArrayList<>(CLAIMS_PER_PERSON);
        for (int person = 0; replay.claimsSeen() < claims; person++) {
            int t = person % template.size();
            String insuredId = "P" + person;
            List<StoredClaim> stored = template.get(t);
            List<StoredClaim> fed = stored;
            if (rated != null) {
                claimsOfPerson.clear();
                for (int i = 0; i < stored.size(); i++) {
                    claimsOfPerson.add(new StoredClaim(insuredId, json.readValue(rated.get(t).get(i), RatingInput.class),
                            stored.get(i).actual()));
                }
                fed = claimsOfPerson;
            }
            replay.person(insuredId, fed);
        }
        return replay.result();
    }

    private static List<List<StoredClaim>> template(SettlementCalculator counter, int persons) {
        List<List<StoredClaim>> template = new ArrayList<>(persons);
        for (int person = 0; person < persons; person++) {
            Insured insured = insured(person);
            List<StoredClaim> stored = new ArrayList<>(CLAIMS_PER_PERSON);
            Accumulators year = Accumulators.NONE;
            for (Claim claim : claims(person)) {
                Settlement settlement = counter.settle(insured, claim, year);
                year = year.plus(settlement.delta());
                stored.add(new StoredClaim("P" + person, new RatingInput(insured, claim), settlement.split()));
            }
            template.add(List.copyOf(stored));
        }
        return template;
    }

    /** The {@code person}-th synthetic person: every category in turn, one in twenty needy. */
    static Insured insured(int person) {
        Category category = CATEGORIES[person % CATEGORIES.length];
        NeedyCategory needy = person % 20 == 7 ? NeedyCategory.values()[person % NeedyCategory.values().length] : null;
        return new Insured(category, "371600", needy, Set.of(), false);
    }

    /** The person's {@link #CLAIMS_PER_PERSON} claims of 2026 in claim order: four outpatient visits and a stay, one in ten remote. */
    static List<Claim> claims(int person) {
        return List.of(
                visit(VisitType.OUTPATIENT, 1 + person % 3, person % 10 == 3 ? "370100" : "371600", LocalDate.of(2026, 1, 10),
                        "80.00", "35.50", "12.00"),
                visit(VisitType.OUTPATIENT, 2, "371600", LocalDate.of(2026, 3, 2 + person % 20), "150.00", "60.00", "0.00"),
                visit(VisitType.INPATIENT, 1 + person % 3, "371600", LocalDate.of(2026, 5, 1 + person % 28),
                        String.valueOf(4_000 + person % 40 * 1_000) + ".00", "2300.00", "450.00"),
                visit(VisitType.OUTPATIENT, 3, "371600", LocalDate.of(2026, 8, 1 + person % 28), "220.00", "0.00", "30.00"),
                visit(VisitType.OUTPATIENT, 1, "371600", LocalDate.of(2026, 11, 3), "64.30", "18.20", "5.00"));
    }

    private static Claim visit(VisitType type, int level, String region, LocalDate date, String classA, String classB, String classC) {
        return new Claim(type, level, region, date, null, List.of("I10"), List.of(
                new Claim.Line("A1", CatalogClass.A, ItemCategory.TREATMENT, new BigDecimal(classA)),
                new Claim.Line("B1", CatalogClass.B, ItemCategory.DRUG, new BigDecimal(classB)),
                new Claim.Line("C1", CatalogClass.C, ItemCategory.MATERIAL, new BigDecimal(classC))));
    }

    /** The reference policy with the resident outpatient ratio at 70%, as a draft would change it. */
    static Policy revision(Policy reference) {
        ObjectNode document = (ObjectNode) PolicyFiles.tree(PolicyFiles.write(reference));
        document.put("version", reference.version().replaceAll("\\.\\d+$", ".replay"));
        ((ObjectNode) document.get("resident").get("outpatient")).put("ratio", new BigDecimal("0.70"));
        return PolicyFiles.read("replay draft", new ByteArrayInputStream(document.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(ObjectMapper json, RatingInput rated) {
        try {
            return json.writeValueAsString(rated);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
