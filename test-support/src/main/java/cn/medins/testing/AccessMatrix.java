package cn.medins.testing;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

import cn.medins.localstack.TokenIssuer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Calls every endpoint with no token and with a token of every role, and expects 401, 403 or success (2xx) as the
 * endpoint's allowed roles say. Refusals must be problem bodies. An institution calls as {@code ownInstitution}.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    public static Stream<DynamicTest> of(List<Endpoint> endpoints, String ownInstitution) {
        return endpoints.stream().flatMap(endpoint -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(endpoint + " without a token → 401",
                        () -> expectRefusal(call(RestAssured.given(), endpoint), 401))),
                TokenIssuer.ROLES.stream().sorted().map(role -> roleTest(endpoint, role, ownInstitution))));
    }

    private static DynamicTest roleTest(Endpoint endpoint, String role, String ownInstitution) {
        boolean allowed = endpoint.allowed().contains(role);
        return DynamicTest.dynamicTest(endpoint + " as " + role + (allowed ? " → 2xx" : " → 403"), () -> {
            RequestSpecification request = "institution".equals(role)
                    ? TestTokens.asInstitution(ownInstitution) : TestTokens.as(role);
            Response response = call(request, endpoint);
            if (allowed) {
                Assertions.assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                        () -> endpoint + " as " + role + ": expected success, got " + response.statusCode() + " " + response.asString());
            } else {
                expectRefusal(response, 403);
            }
        });
    }

    private static Response call(RequestSpecification request, Endpoint endpoint) {
        if (endpoint.body() != null) {
            request = request.contentType(ContentType.JSON).body(endpoint.body().get());
        }
        return request.when().request(endpoint.method(), endpoint.path().get());
    }

    public static void expectRefusal(Response response, int status) {
        Assertions.assertEquals(status, response.statusCode(), response::asString);
        Assertions.assertTrue(response.contentType().startsWith("application/problem+json"), response::contentType);
        Assertions.assertEquals(status, response.jsonPath().getInt("status"), response::asString);
    }
}
