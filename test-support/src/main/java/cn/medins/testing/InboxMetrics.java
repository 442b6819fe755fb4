package cn.medins.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The inbox's counters as the application under test serves them on {@code /q/metrics}. */
public final class InboxMetrics {

    private InboxMetrics() {
    }

    /**
     * How many polls of the consumer failed together and were applied one record at a time; a test of a poll applied
     * together compares it before and after, since the one-by-one path would leave the same data behind.
     */
    public static double pollFallbacks(String consumer) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher counter = Pattern.compile("^medins_inbox_poll_fallbacks_total\\{[^}]*consumer=\"" + Pattern.quote(consumer)
                + "\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }
}
