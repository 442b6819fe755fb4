package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;

/**
 * What-if replay of a policy version over stored claims: each person's claims are rated again, in claim order, with
 * the draft's calculator and fresh accumulators per year (as if the draft had been in force from the first claim of
 * the period), and compared with what the counter actually split. Nothing is written anywhere: the caller feeds one
 * person at a time and reads the {@link Result}. A remote claim is rated as the counter rates it
 * ({@link PolicyCatalog#rate}): the draft's payment figures, the treating region's catalogue in force on its service
 * date (the draft's own when that region has none).
 *
 * <p>A claim the draft refuses ({@link PolicyRefusal}) or whose service date falls outside the draft's year is counted
 * and left out of every total on both sides, so the actual and replayed figures always cover the same claims.
 */
public final class PolicyReplay {

    /** The largest changes the result lists. */
    public static final int LARGEST = 10;

    /** A stored claim: the insured, what the calculator saw when it was settled, and the split the counter made. */
    public record StoredClaim(String insuredId, RatingInput rated, FundSplit actual) {
    }

    /** What the funds and the person pay. */
    public record Funds(BigDecimal basicPool, BigDecimal largeMedical, BigDecimal criticalIllness, BigDecimal assistance,
            BigDecimal maternityFund, BigDecimal personal) {

        public static final Funds NONE = new Funds(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

        Funds plus(FundSplit split) {
            return new Funds(basicPool.add(split.basicPool()), largeMedical.add(split.largeMedical()),
                    criticalIllness.add(split.criticalIllness()), assistance.add(split.assistance()),
                    maternityFund.add(split.maternityFund()), personal.add(split.personal()));
        }

        Funds minus(Funds other) {
            return new Funds(basicPool.subtract(other.basicPool), largeMedical.subtract(other.largeMedical),
                    criticalIllness.subtract(other.criticalIllness), assistance.subtract(other.assistance),
                    maternityFund.subtract(other.maternityFund), personal.subtract(other.personal));
        }
    }

    /** Per fund: what was paid, what the draft would have paid, and the difference (replayed − actual). */
    public record FundTotals(Funds actual, Funds replayed, Funds difference) {
    }

    /** The claims of one category or visit type and the personal share they cost, actual and replayed. */
    public record Slice(long claims, BigDecimal actualPersonal, BigDecimal replayedPersonal, BigDecimal difference) {

        static final Slice NONE = new Slice(0, Money.ZERO, Money.ZERO, Money.ZERO);

        Slice plus(BigDecimal actual, BigDecimal replayed) {
            return new Slice(claims + 1, actualPersonal.add(actual), replayedPersonal.add(replayed),
                    difference.add(replayed).subtract(actual));
        }
    }

    /** Persons whose personal share changes one way, and the sum of their differences (negative for paying less). */
    public record Direction(long persons, BigDecimal difference) {
    }

    /** One person's personal share over the period: actual, replayed, and replayed − actual. */
    public record PersonDifference(String insuredId, BigDecimal actualPersonal, BigDecimal replayedPersonal,
            BigDecimal difference) {
    }

    /**
     * @param claims claims rated by the draft (those refused or outside its year are not)
     * @param persons persons with at least one claim rated
     * @param largestChanges the persons whose personal share changes most, largest absolute difference first
     */
    public record Result(String policyVersion, long claims, long persons, long refused, long outsideYear, FundTotals funds,
            Direction payingMore, Direction payingLess, long unchanged, Map<VisitType, Slice> byVisitType,
            Map<Category, Slice> byCategory, List<PersonDifference> largestChanges) {
    }

    private static final Comparator<PersonDifference> BY_CHANGE = Comparator
            .comparing((PersonDifference p) -> p.difference().abs())
            .thenComparing(PersonDifference::insuredId, Comparator.reverseOrder());

    private final SettlementCalculator calculator;
    private final PolicyCatalog catalogues;
    private final int year;
    private long claims;
    private long seen;
    private long persons;
    private long refused;
    private long outsideYear;
    private Funds actual = Funds.NONE;
    private Funds replayed = Funds.NONE;
    private long payingMore;
    private BigDecimal moreBy = Money.ZERO;
    private long payingLess;
    private BigDecimal lessBy = Money.ZERO;
    private long unchanged;
    private final Map<VisitType, Slice> byVisitType = new EnumMap<>(VisitType.class);
    private final Map<Category, Slice> byCategory = new EnumMap<>(Category.class);
    /** The {@link #LARGEST} largest changes so far, the smallest of them at the head. */
    private final PriorityQueue<PersonDifference> largest = new PriorityQueue<>(LARGEST + 1, BY_CHANGE);

    /**
     * Replays the draft {@code calculator}, whose policy year decides which claims it can rate.
     *
     * @param catalogues the activated versions, whose treating regions' catalogues rate the remote claims
     */
    public PolicyReplay(SettlementCalculator calculator, PolicyCatalog catalogues) {
        this.calculator = calculator;
        this.catalogues = catalogues;
        this.year = calculator.policy().year();
    }

    /**
     * Rates one person's claims of the period, which must come in claim order (service date, then the order they
     * were settled in), each year starting from no accumulators. Answers the person's difference, or {@code null}
     * if the draft rated none of the claims.
     */
    public PersonDifference person(String insuredId, List<StoredClaim> inClaimOrder) {
        Map<Integer, Accumulators> years = new HashMap<>(2);
        BigDecimal actualPersonal = Money.ZERO;
        BigDecimal replayedPersonal = Money.ZERO;
        int rated = 0;
        for (StoredClaim stored : inClaimOrder) {
            seen++;
            Claim claim = stored.rated().claim();
            int claimYear = claim.serviceDate().getYear();
            if (claimYear != year) {
                outsideYear++;
                continue;
            }
            Accumulators before = years.getOrDefault(claimYear, Accumulators.NONE);
            Settlement settlement;
            try {
                settlement = catalogues.rate(calculator, stored.rated().insured(), claim, before);
            } catch (PolicyRefusal refusal) {
                refused++;
                continue;
            }
            years.put(claimYear, before.plus(settlement.delta()));
            rated++;
            FundSplit split = settlement.split();
            actual = actual.plus(stored.actual());
            replayed = replayed.plus(split);
            BigDecimal was = stored.actual().personal();
            BigDecimal would = split.personal();
            actualPersonal = actualPersonal.add(was);
            replayedPersonal = replayedPersonal.add(would);
            byVisitType.merge(claim.visitType(), Slice.NONE.plus(was, would), PolicyReplay::add);
            byCategory.merge(stored.rated().insured().category(), Slice.NONE.plus(was, would), PolicyReplay::add);
        }
        claims += rated;
        if (rated == 0) {
            return null;
        }
        persons++;
        BigDecimal difference = replayedPersonal.subtract(actualPersonal);
        PersonDifference person = new PersonDifference(insuredId, actualPersonal, replayedPersonal, difference);
        switch (difference.signum()) {
            case 1 -> {
                payingMore++;
                moreBy = moreBy.add(difference);
            }
            case -1 -> {
                payingLess++;
                lessBy = lessBy.add(difference);
            }
            default -> unchanged++;
        }
        if (difference.signum() != 0) {
            largest.add(person);
            if (largest.size() > LARGEST) {
                largest.poll();
            }
        }
        return person;
    }

    /** Claims looked at so far, rated or not: the progress of a running replay. */
    public long claimsSeen() {
        return seen;
    }

    public Result result() {
        List<PersonDifference> changes = new ArrayList<>(largest);
        changes.sort(BY_CHANGE.reversed());
        return new Result(calculator.policy().version(), claims, persons, refused, outsideYear,
                new FundTotals(actual, replayed, replayed.minus(actual)), new Direction(payingMore, moreBy),
                new Direction(payingLess, lessBy), unchanged, new LinkedHashMap<>(byVisitType), new LinkedHashMap<>(byCategory),
                List.copyOf(changes));
    }

    private static Slice add(Slice a, Slice b) {
        return new Slice(a.claims() + b.claims(), a.actualPersonal().add(b.actualPersonal()),
                a.replayedPersonal().add(b.replayedPersonal()), a.difference().add(b.difference()));
    }
}
