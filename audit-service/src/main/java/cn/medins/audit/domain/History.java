package cn.medins.audit.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules may know about the past. An implementation answers from memory: the service preloads what one claim
 * needs in a few indexed queries, a test or a benchmark fills it directly.
 */
public interface History {

    /** Every earlier billing of the traceability code, oldest first, reversed ones included. */
    List<TraceUse> usesOf(String traceCode);

    /** The first billing of any pack of the drug identifier (see {@link TraceCodes#product}), or {@code null}. */
    TraceUse firstUseOfProduct(String product);

    /**
     * The person's settled, unreversed claims that share a day with {@code from}..{@code to}; the person is whoever has
     * either the insured id or the ID number (either may be {@code null}).
     */
    List<PriorClaim> claimsOfPerson(String insuredId, String idNumber, LocalDate from, LocalDate to);

    /** Costs of the diagnosis category at the level, split between the institution and its peers. */
    DiagnosisCosts costsOf(String diagnosisCategory, int institutionLevel, String institutionId);
}
