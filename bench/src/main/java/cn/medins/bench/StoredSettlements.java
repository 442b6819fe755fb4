package cn.medins.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.Claim;
import cn.medins.settlement.domain.Insured;
import cn.medins.settlement.domain.RatingInput;
import cn.medins.settlement.domain.Settlement;
import cn.medins.settlement.domain.SettlementCalculator;
import cn.medins.settlement.service.SettlementJson;

/**
 * Settled claims of one region's 2026, written into settlement's {@code settlement} table as the counter leaves them:
 * every column {@code SettlementService} fills, the rating input, the explanation lines and the accumulator change as
 * {@link SettlementJson} writes them, and the split the reference policy made. The claims are those of
 * {@link PolicyReplayBench} (five a person); a template of persons is settled once and repeated under new insured ids.
 * The rows go in the order the counter would have written them, day by day with the persons interleaved, so that the
 * replay reads a person's claims from all over the table as it would in production, not from one page.
 */
final class StoredSettlements {

    static final String REGION = "371600";

    /** The varying columns first, so that the rest of a row can be made once per template claim. */
    static final String COPY = """
            copy settlement (settlement_id, request_id, insured_id, settled_at, id_number, institution_id, visit_type, service_date,
                clearing_month, needy_category, policy_version, total, in_scope, remote_first_self_pay, deductible_applied,
                basic_pool, large_medical, critical_illness, assistance, maternity_fund, personal, lines, accumulator_delta,
                status, region_code, rated) from stdin""";

    /** The length of a sealed 18-character ID number (V4): the column is not read by a replay but takes its room. */
    private static final String SEALED_ID_NUMBER = "AbVQ3kS0bGx1dWJ5X2JlbmNoX3NlYWxlZF9pZF9udW1iZXJfZm9y";
    private static final int FLUSH_AT = 1 << 20;

    private StoredSettlements() {
    }

    /** One stored claim of the template, all its columns but the first four ready for COPY. */
    private record TemplateClaim(LocalDate serviceDate, String rest) {
    }

    static String insuredId(int person) {
        return String.format("%s%09d", REGION, person);
    }

    /**
     * Writes {@code claims} settled claims of {@code claims / 5} (rounded up) persons, the {@code templatePersons}
     * template settled by {@code counter}, with COPY; answers the number of persons.
     */
    static int load(Connection connection, SettlementJson json, SettlementCalculator counter, int claims, int templatePersons)
            throws SQLException {
        int perPerson = PolicyReplayBench.CLAIMS_PER_PERSON;
        int persons = (claims + perPerson - 1) / perPerson;
        List<List<TemplateClaim>> template = template(json, counter, Math.min(templatePersons, persons));
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            StringBuilder rows = new StringBuilder(FLUSH_AT + 16_384);
            for (int k = 0; k < perPerson; k++) {
                int nth = k;
                // the k-th claims of all persons fall in one month of their own (PolicyReplayBench.claims): written day by day
                Integer[] inDayOrder = IntStream.range(0, persons).filter(person -> (long) person * perPerson + nth < claims)
                        .boxed().toArray(Integer[]::new);
                Arrays.sort(inDayOrder, Comparator.comparing(
                        (Integer person) -> template.get(person % template.size()).get(nth).serviceDate()));
                LocalDate day = null;
                int ofDay = 0;
                for (int person : inDayOrder) {
                    TemplateClaim claim = template.get(person % template.size()).get(k);
                    ofDay = claim.serviceDate().equals(day) ? ofDay + 1 : 0;
                    day = claim.serviceDate();
                    long row = (long) person * perPerson + k;
                    rows.append(new UUID(0x5e7713d0_0000_4000L, row)).append('\t')
                            .append("BENCH-").append(row).append('\t')
                            .append(insuredId(person)).append('\t')
                            .append(day).append(' ').append(clock(ofDay)).append("+08").append('\t')
                            .append(claim.rest()).append('\n');
                    if (rows.length() >= FLUSH_AT) {
                        flush(copy, rows);
                    }
                }
            }
            flush(copy, rows);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return persons;
    }

    /** The {@code n}-th claim of a day is settled n × 0.4 s after 08:00 (at most about 216,000 a day). */
    private static String clock(int n) {
        int tenths = n * 4;
        int seconds = 8 * 3600 + tenths / 10;
        return String.format("%02d:%02d:%02d.%d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60, tenths % 10);
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static List<List<TemplateClaim>> template(SettlementJson json, SettlementCalculator counter, int persons) {
        List<List<TemplateClaim>> template = new ArrayList<>(persons);
        for (int person = 0; person < persons; person++) {
            Insured insured = PolicyReplayBench.insured(person);
            Accumulators year = Accumulators.NONE;
            List<TemplateClaim> claims = new ArrayList<>();
            for (Claim claim : PolicyReplayBench.claims(person)) {
                Settlement settlement = counter.settle(insured, claim, year);
                year = year.plus(settlement.delta());
                claims.add(new TemplateClaim(claim.serviceDate(), rest(json, insured, claim, settlement)));
            }
            template.add(List.copyOf(claims));
        }
        return template;
    }

    private static String rest(SettlementJson json, Insured insured, Claim claim, Settlement settlement) {
        FundSplit split = settlement.split();
        StringBuilder row = new StringBuilder(2_048);
        String institution = claim.visitType() == VisitType.INPATIENT ? SyntheticClaims.TERTIARY_HOSPITAL
                : SyntheticClaims.INSTITUTION;
        List<String> columns = List.of(SEALED_ID_NUMBER, institution, claim.visitType().name(), claim.serviceDate().toString(),
                claim.serviceDate().toString().substring(0, 7));
        columns.forEach(value -> field(row, value).append('\t'));
        field(row, insured.needy() == null ? null : insured.needy().name()).append('\t');
        field(row, settlement.policyVersion()).append('\t');
        for (BigDecimal amount : List.of(split.total(), split.inScope(), split.remoteFirstSelfPay(), split.deductibleApplied(),
                split.basicPool(), split.largeMedical(), split.criticalIllness(), split.assistance(), split.maternityFund(),
                split.personal())) {
            field(row, amount.toPlainString()).append('\t');
        }
        field(row, json.write(settlement.lines())).append('\t');
        field(row, json.write(settlement.delta())).append('\t');
        field(row, "SETTLED").append('\t');
        field(row, insured.regionCode()).append('\t');
        field(row, json.write(new RatingInput(insured, claim)));
        return row.toString();
    }

    /**
     * One field of COPY's text format: {@code \N} for null, and the backslash and the characters that would end the
     * field or the row escaped (JSON holds backslashes wherever a string has a quote).
     */
    static StringBuilder field(StringBuilder row, String value) {
        if (value == null) {
            return row.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return row;
    }
}
