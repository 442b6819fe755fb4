package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;

/**
 * What the calculator needs of a claim. Item amounts are already quantity × unit price, rounded per item.
 *
 * @param diagnosisCodes ICD-10 codes, the principal diagnosis first
 * @param maternity the delivery case, for {@code MATERNITY} visits only
 */
public record Claim(VisitType visitType, int institutionLevel, String institutionRegionCode, LocalDate serviceDate,
        Delivery maternity, List<String> diagnosisCodes, List<Line> items) {

    public Claim {
        diagnosisCodes = List.copyOf(diagnosisCodes);
        items = List.copyOf(items);
    }

    public record Line(String code, CatalogClass catalogClass, ItemCategory category, BigDecimal amount) {
    }

    public record Delivery(MaternityCaseType caseType, int birthOrder, int babies) {
    }
}
