package cn.medins.rest;

import static cn.medins.testing.TestTokens.asAgency;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import cn.medins.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class ProblemResponsesIT {

    @Test
    void aValidationFailureNamesEveryBadFieldByItsJsonPath() {
        asAgency().contentType(ContentType.JSON)
                .body("{\"requestId\":\"\",\"lines\":[{\"code\":\"A\",\"amount\":1},{\"code\":\"B\",\"amount\":-1}]}")
                .when().post("/fixture/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", contains("$.lines[1].amount", "$.requestId"));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        asAgency().contentType(ContentType.JSON)
                .body("{\"requestId\":\"r1\",\"lines\":[{\"code\":\"A\",\"amount\":1,\"amout\":2}]}")
                .when().post("/fixture/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.lines[0].amout"))
                .body("errors[0].message", equalTo("unknown field 'amout'"));
    }

    @Test
    void aWronglyTypedOrTruncatedBodyIsA400Problem() {
        asAgency().contentType(ContentType.JSON).body("{\"requestId\":\"r1\",\"lines\":[{\"code\":\"A\",\"amount\":\"ten\"}]}")
                .when().post("/fixture/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.lines[0].amount"));
        asAgency().contentType(ContentType.JSON).body("{\"requestId\":\"r1\",\"lin")
                .when().post("/fixture/orders")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRefusalKeepsItsStatusAndDetail() {
        asAgency().when().get("/fixture/orders/42")
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Order not found"))
                .body("detail", equalTo("no order 42"));
    }

    @Test
    void anUnexpectedFailureIsA500ProblemThatRevealsNothing() {
        asAgency().when().get("/fixture/broken")
                .then().statusCode(500).contentType("application/problem+json")
                .body("detail", not(containsString("371602")));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        asAgency().when().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }
}
