package cn.medins.settlement.domain;

import java.util.Set;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.partner.NeedyCategory;

/**
 * The person as covered on the date of service.
 *
 * @param regionCode the pooling region of the enrolment, whose policy applies
 * @param needy the needy category on the date of service, {@code null} for none
 * @param qualifications chronic diseases recognised on the date of service
 * @param remoteCareRegistered whether a remote-care registration covers the institution's region on that date
 */
public record Insured(Category category, String regionCode, NeedyCategory needy, Set<ChronicDisease> qualifications,
        boolean remoteCareRegistered) {

    public Insured {
        qualifications = Set.copyOf(qualifications);
    }

    /** Extreme poverty, low income and returned to poverty: the categories with the fullest support. */
    public boolean coreNeedy() {
        return NeedyCategories.core(needy);
    }
}
