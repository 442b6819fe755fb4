package cn.medins.testing;

import java.math.BigDecimal;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/**
 * Money in responses is compared as exact decimals, never as floats: a float matcher passes 14794.5 for 14794.49 and
 * hides the fen the suite promises.
 */
public final class ExactMoney {

    private ExactMoney() {
    }

    /** From now on REST Assured reads JSON numbers with a fraction as {@link BigDecimal}. */
    public static void exactDecimals() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));
    }

    /** Matches a JSON amount equal to {@code amount} in value, whatever its scale. */
    public static Matcher<BigDecimal> yuan(String amount) {
        return Matchers.comparesEqualTo(new BigDecimal(amount));
    }
}
