package cn.medins.enrollment.it;

import static cn.medins.testing.TestTokens.asAgency;

import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;

import io.restassured.path.json.JsonPath;

/** The service's HTTP interface as a client uses it. */
final class Api {

    private Api() {
    }

    static String enrolmentBody(String idNumber, String scheme, String category, String regionCode, LocalDate validFrom) {
        return """
                {"idNumber":"%s","name":"赵大勇","scheme":"%s","category":"%s","regionCode":"%s","validFrom":"%s"}"""
                .formatted(idNumber, scheme, category, regionCode, validFrom);
    }

    /** Enrols a person at the counter and returns the insured id. */
    static String enrol(String idNumber, String scheme, String category, String regionCode, LocalDate validFrom) {
        return asAgency().contentType("application/json").body(enrolmentBody(idNumber, scheme, category, regionCode, validFrom))
                .post("/enrolments").then().statusCode(201).extract().jsonPath().getString("insuredId");
    }

    static JsonPath personByCertificate(String certificateNo) {
        return asAgency().queryParam("birthCertificateNo", certificateNo).get("/persons")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath personByIdNumber(String idNumber) {
        return searchByIdNumber(idNumber).then().statusCode(200).extract().jsonPath();
    }

    /** An ID number travels in the body, never in the URL. */
    static io.restassured.response.Response searchByIdNumber(String idNumber) {
        return asAgency().contentType("application/json").body("{\"idNumber\":\"" + idNumber + "\"}").post("/persons/search");
    }

    static JsonPath person(String insuredId) {
        return asAgency().get("/persons/{insuredId}", insuredId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath timeline(String insuredId) {
        return asAgency().get("/persons/{insuredId}/timeline", insuredId).then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the newborn of the certificate is enrolled, at most the given time. */
    static JsonPath awaitNewborn(String certificateNo, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() ->
                asAgency().queryParam("birthCertificateNo", certificateNo).get("/persons").statusCode() == 200);
        return personByCertificate(certificateNo);
    }

    static JsonPath awaitPersonByIdNumber(String idNumber) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                searchByIdNumber(idNumber).statusCode() == 200);
        return personByIdNumber(idNumber);
    }
}
