package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;

/**
 * An independent reading of POLICY.md for region 371600, year 2026, written for the model-based tests: every figure is
 * typed in from the document, and nothing here calls the calculator, the policy file or the accumulators. The year is
 * the list of its live claims; a fund's year total is always recomputed as the sum over them.
 */
public final class PolicyReference {

    // Employee (POLICY.md "Employee")
    static final BigDecimal EMP_OUTPATIENT_RATIO = d("0.65"), EMP_OUTPATIENT_CAP = d("3000");
    static final BigDecimal EMP_CHRONIC_RATIO = d("0.85"), EMP_INPATIENT_CAP = d("150000");
    static final BigDecimal EMP_RETIREE_BONUS = d("0.05"), EMP_L3_UPPER_FROM = d("10000"), EMP_L3_UPPER_BONUS = d("0.05");
    static final BigDecimal LARGE_MEDICAL_RATIO = d("0.80"), LARGE_MEDICAL_CAP = d("800000");
    static final BigDecimal PRENATAL_ALLOWANCE = d("600");
    // Resident (POLICY.md "Resident")
    static final BigDecimal RES_OUTPATIENT_RATIO = d("0.60"), RES_OUTPATIENT_CAP = d("400");
    static final BigDecimal TWO_DISEASE_RATIO = d("0.60");
    static final BigDecimal RES_CHRONIC_RATIO = d("0.65"), RES_CHRONIC_CAP_PER_DISEASE = d("3000");
    static final BigDecimal RES_INPATIENT_CAP = d("200000");
    static final int NO_DEDUCTIBLE_FROM_STAY = 3;
    // Critical illness, assistance
    static final BigDecimal CI_DEDUCTIBLE = d("15000"), CI_CAP = d("400000"), CI_NEEDY_BONUS = d("0.05");
    static final BigDecimal ASSIST_CORE_RATIO = d("0.70"), ASSIST_CAP = d("30000");
    static final BigDecimal ASSIST_MARGINAL_THRESHOLD = d("3000"), ASSIST_MARGINAL_RATIO = d("0.50");
    // Catalogue and remote care
    static final BigDecimal CLASS_B_IN_SCOPE = d("0.90"), REMOTE_FIRST_SELF_PAY = d("0.05"), UNREGISTERED_CUT = d("0.10");
    static final BigDecimal MAX_RATIO = d("0.95");

    /** The person on the service date, as the suite knows them. */
    public record Person(Category category, String region, NeedyCategory needy, Set<ChronicDisease> held, boolean registered) {

        public boolean resident() {
            return category.scheme() == Scheme.RESIDENT;
        }

        public boolean core() {
            return needy == NeedyCategory.EXTREME_POVERTY || needy == NeedyCategory.LOW_INCOME
                    || needy == NeedyCategory.RETURNED_TO_POVERTY;
        }
    }

    public record Line(CatalogClass catalogClass, ItemCategory category, BigDecimal amount) {
    }

    public record Visit(VisitType type, int level, String region, int birthOrder, List<String> diagnoses, List<Line> lines) {
    }

    /** One settled claim as the reference splits it; the year's totals are sums of these over the live claims. */
    public record Split(BigDecimal total, BigDecimal inScope, BigDecimal outpatientBasic, BigDecimal twoDiseaseBasic,
            BigDecimal chronicBasic, ChronicDisease chronicDisease, BigDecimal inpatientBasic, BigDecimal largeMedical,
            BigDecimal maternityFund, BigDecimal ciBurden, BigDecimal criticalIllness, BigDecimal assistBurden,
            BigDecimal assistance, BigDecimal personal, boolean stay) {

        public BigDecimal basic() {
            return outpatientBasic.add(twoDiseaseBasic).add(chronicBasic).add(inpatientBasic);
        }
    }

    /** The refusal POLICY.md implies: a chronic visit without a held chronic diagnosis. */
    public static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why);
        }
    }

    public static BigDecimal sum(List<Split> live, java.util.function.Function<Split, BigDecimal> amount) {
        return live.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Splits {@code visit} for {@code person} in a year whose live claims so far are {@code live}. */
    public static Split settle(Person person, Visit visit, List<Split> live) {
        BigDecimal total = BigDecimal.ZERO, classA = BigDecimal.ZERO, classB = BigDecimal.ZERO, drugsInScope = BigDecimal.ZERO;
        BigDecimal linesInScope = BigDecimal.ZERO;
        for (Line line : visit.lines()) {
            total = total.add(line.amount());
            BigDecimal lineInScope = switch (line.catalogClass()) {
                case A -> line.amount();
                case B -> fen(line.amount().multiply(CLASS_B_IN_SCOPE));
                case C -> BigDecimal.ZERO;
            };
            if (line.catalogClass() == CatalogClass.A) {
                classA = classA.add(line.amount());
            } else if (line.catalogClass() == CatalogClass.B) {
                classB = classB.add(line.amount());
            }
            linesInScope = linesInScope.add(lineInScope);
            if (line.category() == ItemCategory.DRUG) {
                drugsInScope = drugsInScope.add(lineInScope);
            }
        }
        BigDecimal inScope = fen(classA.add(classB.multiply(CLASS_B_IN_SCOPE)));
        boolean remote = !visit.region().equals(person.region());
        boolean maternityInProvince = visit.type() == VisitType.MATERNITY && visit.region().startsWith(person.region().substring(0, 2));
        BigDecimal cut = remote && !person.registered() && !maternityInProvince ? UNREGISTERED_CUT : BigDecimal.ZERO;
        BigDecimal remoteSelfPay = remote ? fen(inScope.multiply(REMOTE_FIRST_SELF_PAY)) : BigDecimal.ZERO;
        BigDecimal base = inScope.subtract(remoteSelfPay);

        BigDecimal outpatient = BigDecimal.ZERO, twoDisease = BigDecimal.ZERO, chronic = BigDecimal.ZERO, inpatient = BigDecimal.ZERO;
        BigDecimal largeMedical = BigDecimal.ZERO, maternityShare = BigDecimal.ZERO;
        ChronicDisease disease = null;
        boolean stay = visit.type() == VisitType.INPATIENT || visit.type() == VisitType.MATERNITY;
        BigDecimal inpatientUsed = sum(live, Split::inpatientBasic);
        if (person.resident()) {
            switch (visit.type()) {
                case OUTPATIENT -> {
                    Set<ChronicDisease> twoHeld = EnumSet.noneOf(ChronicDisease.class);
                    for (String code : visit.diagnoses()) {
                        ChronicDisease d = chronicOf(code);
                        if ((d == ChronicDisease.HYPERTENSION || d == ChronicDisease.DIABETES) && person.held().contains(d)) {
                            twoHeld.add(d);
                        }
                    }
                    BigDecimal rest = base;
                    if (!twoHeld.isEmpty()) {
                        boolean h = person.held().contains(ChronicDisease.HYPERTENSION), dia = person.held().contains(ChronicDisease.DIABETES);
                        BigDecimal cap = h && dia ? d("600") : h ? d("300") : d("400");
                        BigDecimal ratio = ratio(TWO_DISEASE_RATIO, cut);
                        // the drugs' share of the base, against the lines' own (each rounded) in-scope parts
                        BigDecimal drugBase = linesInScope.signum() == 0 ? BigDecimal.ZERO
                                : fen(base.multiply(drugsInScope).divide(linesInScope, 20, RoundingMode.HALF_UP));
                        Pay pay = pay(drugBase, ratio, null, null, left(cap, sum(live, Split::twoDiseaseBasic)));
                        twoDisease = pay.paid;
                        rest = base.subtract(drugBase).add(pay.uncovered);
                    }
                    outpatient = pay(rest, ratio(RES_OUTPATIENT_RATIO, cut), null, null,
                            left(RES_OUTPATIENT_CAP, sum(live, Split::outpatientBasic))).paid;
                }
                case CHRONIC -> {
                    disease = heldChronic(person, visit);
                    ChronicDisease of = disease;
                    BigDecimal used = sum(live.stream().filter(s -> s.chronicDisease() == of).toList(), Split::chronicBasic);
                    chronic = pay(base, ratio(RES_CHRONIC_RATIO, cut), null, null, left(RES_CHRONIC_CAP_PER_DISEASE, used)).paid;
                }
                case INPATIENT, MATERNITY -> {
                    long stays = live.stream().filter(Split::stay).count() + 1;
                    BigDecimal deductible = stays >= NO_DEDUCTIBLE_FROM_STAY ? BigDecimal.ZERO
                            : switch (visit.level()) { case 1 -> d("200"); case 2 -> d("500"); default -> d("1000"); };
                    BigDecimal r = switch (visit.level()) { case 1 -> d("0.90"); case 2 -> d("0.75"); default -> d("0.60"); };
                    BigDecimal eligible = base.subtract(deductible.min(base));
                    BigDecimal floor = BigDecimal.ZERO;
                    if (visit.type() == VisitType.MATERNITY) {
                        floor = visit.birthOrder() == 2 ? d("1500") : visit.birthOrder() >= 3 ? d("3000") : BigDecimal.ZERO;
                    }
                    Pay pay = pay(eligible, ratio(r, cut), null, null, left(RES_INPATIENT_CAP, inpatientUsed), floor.min(base));
                    inpatient = pay.paid;
                }
            }
        } else {
            BigDecimal bonus = person.category() == Category.RETIRED ? EMP_RETIREE_BONUS : BigDecimal.ZERO;
            BigDecimal uncovered = BigDecimal.ZERO;
            switch (visit.type()) {
                case OUTPATIENT -> outpatient = pay(base, ratio(EMP_OUTPATIENT_RATIO.add(bonus), cut), null, null,
                        left(EMP_OUTPATIENT_CAP, sum(live, Split::outpatientBasic))).paid;
                case CHRONIC -> {
                    disease = heldChronic(person, visit);
                    Pay pay = pay(base, ratio(EMP_CHRONIC_RATIO.add(bonus), cut), null, null, left(EMP_INPATIENT_CAP, inpatientUsed));
                    inpatient = pay.paid;
                    uncovered = pay.uncovered;
                }
                case INPATIENT -> {
                    BigDecimal deductible = switch (visit.level()) { case 1 -> d("200"); case 2 -> d("500"); default -> d("800"); };
                    BigDecimal r = switch (visit.level()) { case 1, 2 -> d("0.90"); default -> d("0.85"); };
                    BigDecimal eligible = base.subtract(deductible.min(base));
                    Pay pay = visit.level() == 3
                            ? pay(eligible, ratio(r.add(bonus), cut), EMP_L3_UPPER_FROM, ratio(r.add(bonus).add(EMP_L3_UPPER_BONUS), cut),
                                    left(EMP_INPATIENT_CAP, inpatientUsed))
                            : pay(eligible, ratio(r.add(bonus), cut), null, null, left(EMP_INPATIENT_CAP, inpatientUsed));
                    inpatient = pay.paid;
                    uncovered = pay.uncovered;
                }
                case MATERNITY -> {
                    BigDecimal r = visit.birthOrder() >= 3 ? d("0.90") : d("0.80");
                    maternityShare = pay(base, ratio(r, cut), null, null, null).paid;
                }
            }
            if (uncovered.signum() > 0) {
                largeMedical = fen(uncovered.multiply(LARGE_MEDICAL_RATIO).min(left(LARGE_MEDICAL_CAP, sum(live, Split::largeMedical))));
            }
        }
        BigDecimal basic = outpatient.add(twoDisease).add(chronic).add(inpatient);
        BigDecimal afterBasic = inScope.subtract(basic).subtract(maternityShare).max(BigDecimal.ZERO);

        BigDecimal ci = BigDecimal.ZERO;
        if (person.resident()) {
            BigDecimal burdenAfter = sum(live, Split::ciBurden).add(afterBasic);
            ci = ciEntitlement(burdenAfter, person.core()).subtract(sum(live, Split::criticalIllness)).max(BigDecimal.ZERO).min(afterBasic);
        }
        BigDecimal leftBurden = afterBasic.subtract(largeMedical).subtract(ci).max(BigDecimal.ZERO);
        BigDecimal assistance = BigDecimal.ZERO;
        if (person.needy() != null) {
            BigDecimal capLeft = left(ASSIST_CAP, sum(live, Split::assistance));
            BigDecimal owed = person.core() ? fen(leftBurden.multiply(ASSIST_CORE_RATIO))
                    : marginalEntitlement(sum(live, Split::assistBurden).add(leftBurden)).subtract(sum(live, Split::assistance)).max(BigDecimal.ZERO);
            assistance = owed.min(capLeft).min(leftBurden);
        }
        BigDecimal maternityFund = maternityShare;
        if (visit.type() == VisitType.MATERNITY && !person.resident()) {
            maternityFund = maternityShare.add(PRENATAL_ALLOWANCE.min(total.subtract(maternityShare).subtract(assistance)).max(BigDecimal.ZERO));
        }
        BigDecimal personal = total.subtract(basic).subtract(largeMedical).subtract(ci).subtract(assistance).subtract(maternityFund);
        return new Split(total, inScope, outpatient, twoDisease, chronic, disease, inpatient, largeMedical, maternityFund,
                person.resident() ? afterBasic : BigDecimal.ZERO, ci, leftBurden, assistance, personal, stay);
    }

    /**
     * POLICY.md, retroactive assistance: needy status granted from before the year's {@code claims} (all settled
     * without it, in the order served) adjudicates each again as the counter would have settled it for {@code needy}:
     * critical illness at the needy rates on the year's burden through it, less what was paid before it, then medical
     * assistance on what is left. A fund is never asked to take back what it paid: a claim keeps at least its counter
     * amount. {@code paidBefore} are amounts the year paid that stay with no live claim (earlier re-adjudication of a
     * claim since reversed); they count as paid. An overpayment the year holds (POLICY.md, reversals) is paid off
     * before any new payment: the critical-illness top-ups together reach no further than the year's entitlement less
     * everything it paid. Basic pool and large medical do not depend on the status and stay.
     */
    static List<Split> readjudicate(Person needy, List<Split> claims, List<Split> paidBefore) {
        List<Split> done = new ArrayList<>(paidBefore);
        List<Split> again = new ArrayList<>();
        List<Split> year = new ArrayList<>(paidBefore);
        year.addAll(claims);
        BigDecimal room = ciEntitlement(sum(year, Split::ciBurden), needy.core()).subtract(sum(year, Split::criticalIllness))
                .max(BigDecimal.ZERO);
        for (Split claim : claims) {
            BigDecimal afterBasic = claim.inScope().subtract(claim.basic()).subtract(claim.maternityFund()).max(BigDecimal.ZERO);
            BigDecimal ci = claim.criticalIllness();
            if (needy.resident()) {
                BigDecimal rerated = ciEntitlement(sum(done, Split::ciBurden).add(claim.ciBurden()), needy.core())
                        .subtract(sum(done, Split::criticalIllness)).max(BigDecimal.ZERO)
                        .min(afterBasic.subtract(claim.largeMedical()).max(BigDecimal.ZERO));
                BigDecimal topUp = rerated.subtract(ci).max(BigDecimal.ZERO).min(room);
                room = room.subtract(topUp);
                ci = ci.add(topUp);
            }
            BigDecimal left = afterBasic.subtract(claim.largeMedical()).subtract(ci).max(BigDecimal.ZERO);
            BigDecimal capLeft = left(ASSIST_CAP, sum(done, Split::assistance));
            BigDecimal owed = needy.core() ? fen(left.multiply(ASSIST_CORE_RATIO))
                    : marginalEntitlement(sum(done, Split::assistBurden).add(left)).subtract(sum(done, Split::assistance)).max(BigDecimal.ZERO);
            BigDecimal assistance = claim.assistance().max(owed.min(capLeft).min(left));
            BigDecimal personal = claim.personal().subtract(ci.subtract(claim.criticalIllness()))
                    .subtract(assistance.subtract(claim.assistance()));
            Split split = new Split(claim.total(), claim.inScope(), claim.outpatientBasic(), claim.twoDiseaseBasic(),
                    claim.chronicBasic(), claim.chronicDisease(), claim.inpatientBasic(), claim.largeMedical(), claim.maternityFund(),
                    claim.ciBurden(), ci, left, assistance, personal, claim.stay());
            done.add(split);
            again.add(split);
        }
        return again;
    }

    /** What stays in the year's fund totals when a re-adjudicated claim is reversed: what re-adjudication paid on it. */
    static Split paidToTheBank(Split counter, Split readjudicated) {
        BigDecimal zero = BigDecimal.ZERO;
        return new Split(zero, zero, zero, zero, zero, null, zero, zero, zero, zero,
                readjudicated.criticalIllness().subtract(counter.criticalIllness()), zero,
                readjudicated.assistance().subtract(counter.assistance()), zero, false);
    }

    /** What a year's critical-illness burden entitles to: the segments above the deductible, within the cap. */
    public static BigDecimal ciEntitlement(BigDecimal burden, boolean core) {
        BigDecimal deductible = core ? CI_DEDUCTIBLE.divide(d("2")) : CI_DEDUCTIBLE;
        BigDecimal bonus = core ? CI_NEEDY_BONUS : BigDecimal.ZERO;
        BigDecimal above = burden.subtract(deductible).max(BigDecimal.ZERO);
        BigDecimal first = above.min(d("100000"));
        BigDecimal second = above.subtract(d("100000")).max(BigDecimal.ZERO).min(d("100000"));
        BigDecimal third = above.subtract(d("200000")).max(BigDecimal.ZERO);
        BigDecimal entitled = fen(first.multiply(d("0.60").add(bonus)).add(second.multiply(d("0.65").add(bonus)))
                .add(third.multiply(d("0.70").add(bonus))));
        return core ? entitled : entitled.min(CI_CAP);
    }

    /** Marginal-needy assistance: 50% of the year's burden above 3,000, within the annual cap. */
    static BigDecimal marginalEntitlement(BigDecimal burden) {
        return fen(burden.subtract(ASSIST_MARGINAL_THRESHOLD).max(BigDecimal.ZERO).multiply(ASSIST_MARGINAL_RATIO)).min(ASSIST_CAP);
    }

    private record Pay(BigDecimal paid, BigDecimal uncovered) {
    }

    private static Pay pay(BigDecimal eligible, BigDecimal ratio, BigDecimal upperFrom, BigDecimal upperRatio, BigDecimal capLeft) {
        return pay(eligible, ratio, upperFrom, upperRatio, capLeft, BigDecimal.ZERO);
    }

    /** Ratio (and the upper segment's ratio) on {@code eligible}, at least {@code floor}, within {@code capLeft}. */
    private static Pay pay(BigDecimal eligible, BigDecimal ratio, BigDecimal upperFrom, BigDecimal upperRatio, BigDecimal capLeft,
            BigDecimal floor) {
        List<BigDecimal[]> segments = new ArrayList<>();
        if (upperFrom != null && eligible.compareTo(upperFrom) > 0) {
            segments.add(new BigDecimal[] {upperFrom, ratio});
            segments.add(new BigDecimal[] {eligible.subtract(upperFrom), upperRatio});
        } else {
            segments.add(new BigDecimal[] {eligible, ratio});
        }
        BigDecimal payable = BigDecimal.ZERO;
        for (BigDecimal[] s : segments) {
            payable = payable.add(s[0].multiply(s[1]));
        }
        payable = payable.max(floor);
        if (capLeft == null || payable.compareTo(capLeft) <= 0) {
            return new Pay(fen(payable), BigDecimal.ZERO);
        }
        // the part of the eligible amount the cap left unpaid: walk the segments until the room is spent
        BigDecimal room = capLeft, uncovered = BigDecimal.ZERO;
        for (BigDecimal[] s : segments) {
            BigDecimal pays = s[0].multiply(s[1]);
            if (pays.compareTo(room) <= 0) {
                room = room.subtract(pays);
            } else {
                uncovered = uncovered.add(s[0].subtract(room.divide(s[1], 16, RoundingMode.HALF_UP)));
                room = BigDecimal.ZERO;
            }
        }
        return new Pay(capLeft, uncovered);
    }

    private static ChronicDisease heldChronic(Person person, Visit visit) {
        for (String code : visit.diagnoses()) {
            ChronicDisease disease = chronicOf(code);
            if (disease != null && person.held().contains(disease)) {
                return disease;
            }
        }
        throw new Refused("no held chronic diagnosis");
    }

    /** POLICY.md, chronic-disease recognition: the ICD-10 ranges. */
    static ChronicDisease chronicOf(String code) {
        String block = code.substring(0, 3);
        char letter = block.charAt(0);
        int number = Integer.parseInt(block.substring(1));
        if (letter == 'I' && number >= 10 && number <= 15) {
            return ChronicDisease.HYPERTENSION;
        }
        if (letter == 'E' && number >= 10 && number <= 14) {
            return ChronicDisease.DIABETES;
        }
        if (letter == 'I' && number >= 20 && number <= 25) {
            return ChronicDisease.CORONARY_HEART_DISEASE;
        }
        if (letter == 'I' && number == 69) {
            return ChronicDisease.STROKE_SEQUELAE;
        }
        if (letter == 'N' && number == 18) {
            return ChronicDisease.CHRONIC_KIDNEY_DISEASE;
        }
        return null;
    }

    private static BigDecimal ratio(BigDecimal ratio, BigDecimal cut) {
        return ratio.min(MAX_RATIO).subtract(cut).max(BigDecimal.ZERO);
    }

    private static BigDecimal left(BigDecimal cap, BigDecimal used) {
        return cap.subtract(used).max(BigDecimal.ZERO);
    }

    static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private PolicyReference() {
    }
}
