package cn.medins.assistance.it;

import java.time.Duration;

import org.awaitility.Awaitility;

import cn.medins.testing.TestDatabase;

/** Waits, on the service's database, until a consumed record has been applied. */
final class Awaits {

    static final String DB = "assistance";

    private Awaits() {
    }

    static void until(String sql, long expected, Object... parameters) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.number(DB, sql, parameters) == expected);
    }

    static void projected(String insuredId) {
        until("select count(*) from insured_person where insured_id = ?", 1, insuredId);
    }

    static void claim(String settlementId) {
        until("select count(*) from settled_claim where settlement_id = ?", 1, settlementId);
    }

    static void registered(String idNumber, long records) {
        until("select count(*) from needy_status_event where id_number = ?", records, TestDatabase.sealed(idNumber));
    }

    static void processed(String eventId) {
        until("select count(*) from processed_event where event_id = ?", 1, eventId);
    }

    static long decisions(String idNumber, String kind) {
        return TestDatabase.number(DB, "select count(*) from benefit_decision where id_number = ? and kind = ?", TestDatabase.sealed(idNumber), kind);
    }
}
