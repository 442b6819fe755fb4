package cn.medins.assistance.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.medins.contracts.partner.AssistanceStatusChange.Action;
import cn.medins.contracts.partner.NeedyCategory;

/** {@code GET /needy-persons/{idNumber}}: the registry's view of a person, account masked. */
public record NeedyPersonView(String idNumber, String insuredId, String regionCode, Account bankAccount,
        List<CategoryPeriod> categories) {

    public record Account(String bank, String accountNo, String holder) {
    }

    /** One period of one category, with whether it covers today and the civil-affairs records that shaped it. */
    public record CategoryPeriod(NeedyCategory category, LocalDate validFrom, LocalDate validTo, boolean validToday,
            List<Source> sources) {
    }

    public record Source(String eventId, Action action, LocalDate validFrom, LocalDate validTo, OffsetDateTime receivedAt) {
    }
}
