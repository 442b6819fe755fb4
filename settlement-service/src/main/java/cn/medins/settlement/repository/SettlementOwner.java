package cn.medins.settlement.repository;

import java.time.LocalDate;

/**
 * Whose a settlement is and when it was served, read without loading the settlement: a change to a settlement first
 * locks its person's year and only then loads it, so it never works on a state another transaction has since changed.
 */
public record SettlementOwner(String insuredId, LocalDate serviceDate) {
}
