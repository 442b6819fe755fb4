package cn.medins.settlement.domain.policy;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The benefit policy of one pooling region for one calendar year (POLICY.md). Every figure is data; a settlement
 * records {@link #version()}.
 *
 * <p>It is the insured region's payment policy (参保地政策) with one exception: {@code classBSelfPayRatio} is
 * catalogue policy (目录政策), which for a claim treated in another region comes from the treating region's version in
 * force on the service date ({@code domain.Catalogue}, {@code PolicyCatalog#rate}). Every other figure, the remote-care
 * terms included, is the insured region's.
 *
 * @param classBSelfPayRatio the first self-pay share of catalogue class B items (乙类先行自付比例), catalogue policy of
 *        the region that treats the patient
 * @param maxRatio no basic-pool ratio, whatever the bonuses, exceeds it
 */
public record Policy(String regionCode, int year, String version, BigDecimal classBSelfPayRatio, BigDecimal maxRatio,
        RemoteCare remoteCare, EmployeePolicy employee, ResidentPolicy resident, MedicalAssistance medicalAssistance) {

    private static final Pattern REGION = Pattern.compile("[0-9]{6}");

    public Policy {
        if (regionCode == null || !REGION.matcher(regionCode).matches()) {
            throw new IllegalArgumentException("regionCode: must be a 6-digit region code, was " + regionCode);
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year: must be a calendar year, was " + year);
        }
        if (version == null || version.isBlank() || version.length() > 64) {
            throw new IllegalArgumentException("version: must be a non-blank label of at most 64 characters");
        }
        Require.ratio(classBSelfPayRatio, "classBSelfPayRatio");
        Require.ratio(maxRatio, "maxRatio");
        Require.present(remoteCare, "remoteCare");
        Require.present(employee, "employee");
        Require.present(resident, "resident");
        Require.present(medicalAssistance, "medicalAssistance");
    }

    /** Remote care: the first self-pay share of in-scope amounts, and the ratio cut without a registration. */
    public record RemoteCare(BigDecimal firstSelfPayRatio, BigDecimal unregisteredRatioCut) {
        public RemoteCare {
            Require.ratio(firstSelfPayRatio, "firstSelfPayRatio");
            Require.ratio(unregisteredRatioCut, "unregisteredRatioCut");
        }
    }

    /** A benefit with one deductible and one ratio, limited by an annual cap of what the pool pays. */
    public record Benefit(BigDecimal deductible, BigDecimal ratio, BigDecimal annualCap) {
        public Benefit {
            Require.amount(deductible, "deductible");
            Require.ratio(ratio, "ratio");
            Require.amount(annualCap, "annualCap");
        }
    }

    /**
     * Inpatient terms at one institution level; the part of (base − deductible) above {@code upperSegmentFrom}, when
     * set, is paid {@code upperSegmentBonus} higher.
     */
    public record InpatientLevel(int level, BigDecimal deductible, BigDecimal ratio, BigDecimal upperSegmentFrom,
            BigDecimal upperSegmentBonus) {
        public InpatientLevel {
            Require.positive(level, "level");
            Require.amount(deductible, "deductible");
            Require.ratio(ratio, "ratio");
            if (upperSegmentFrom != null) {
                Require.amount(upperSegmentFrom, "upperSegmentFrom");
                Require.ratio(upperSegmentBonus, "upperSegmentBonus");
            }
        }
    }

    /** One segment of a cumulative scale: the ratio applies up to {@code upTo} (of the amount above the deductible); {@code null} for the rest. */
    public record Segment(BigDecimal upTo, BigDecimal ratio) {
        public Segment {
            if (upTo != null) {
                Require.amount(upTo, "upTo");
            }
            Require.ratio(ratio, "ratio");
        }
    }

    /** Maternity floor of residents: from this birth order on, the fund pays at least {@code amount}. */
    public record MaternityFloor(int fromBirthOrder, BigDecimal amount) {
        public MaternityFloor {
            Require.positive(fromBirthOrder, "fromBirthOrder");
            Require.amount(amount, "amount");
        }
    }
}
