package cn.medins.assistance.it;

import static cn.medins.testing.TestTokens.asAgency;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Staff looking a person up by ID number: the number travels in the body, never in the URL. */
final class Lookups {

    private Lookups() {
    }

    static Response needy(String idNumber) {
        return asAgency().contentType(ContentType.JSON).body(body(idNumber)).post("/needy-persons/search");
    }

    static Response benefits(String idNumber) {
        return asAgency().contentType(ContentType.JSON).body(body(idNumber)).post("/benefits/search");
    }

    static Response payments(String idNumber) {
        return asAgency().contentType(ContentType.JSON).body(body(idNumber)).post("/payments/search");
    }

    static String body(String idNumber) {
        return "{\"idNumber\":\"" + idNumber + "\"}";
    }
}
