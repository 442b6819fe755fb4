package cn.medins.settlement.it;

import java.math.BigDecimal;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/** Money in responses is compared as exact decimals, never as floats. */
final class Money {

    private Money() {
    }

    static void exactDecimals() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));
    }

    static Matcher<BigDecimal> yuan(String amount) {
        return Matchers.comparesEqualTo(new BigDecimal(amount));
    }
}
