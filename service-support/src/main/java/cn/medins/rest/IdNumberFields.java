package cn.medins.rest;

import cn.medins.contracts.IdNumbers;

/** ID numbers arriving in a request: refused with 400 naming the field before anything is looked up. */
public final class IdNumberFields {

    private IdNumberFields() {
    }

    public static String require(String field, String idNumber) {
        IdNumbers.problem(idNumber).ifPresent(problem -> {
            throw ProblemException.invalidField(field, problem);
        });
        return idNumber;
    }

    /**
     * A URL ends up in access logs, ingress logs and proxies, none of which pass through the suite's log mask: an ID
     * number there is refused (400 naming the parameter), valid or not, pointing at the body form.
     */
    public static void refuseInUrl(String idNumber, String instead) {
        if (idNumber != null) {
            throw ProblemException.invalidField("idNumber", "an ID number is not taken in a URL, where access logs keep it: "
                    + instead + " with {\"idNumber\": ...}");
        }
    }
}
