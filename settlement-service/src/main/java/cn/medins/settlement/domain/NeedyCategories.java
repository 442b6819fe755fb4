package cn.medins.settlement.domain;

import cn.medins.contracts.partner.NeedyCategory;

/** The needy categories POLICY.md treats alike. */
public final class NeedyCategories {

    private NeedyCategories() {
    }

    /** Extreme poverty, low income and returned to poverty: the categories with the fullest support. */
    public static boolean core(NeedyCategory category) {
        return category != null && switch (category) {
            case EXTREME_POVERTY, LOW_INCOME, RETURNED_TO_POVERTY -> true;
            case LOW_INCOME_MARGINAL, MONITORED -> false;
        };
    }
}
