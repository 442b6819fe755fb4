package cn.medins.assistance.rest;

import cn.medins.contracts.IdNumbers;
import cn.medins.rest.ProblemException;

/** ID numbers arriving in a path or query: refused with 400 naming the parameter before anything is looked up. */
final class IdNumberParameters {

    private IdNumberParameters() {
    }

    /**
     * A URL ends up in access logs, ingress logs and proxies, none of which pass through the suite's log mask: an ID
     * number there is refused (400 naming the parameter), valid or not, pointing at the body form.
     */
    static void refuseInUrl(String idNumber, String instead) {
        if (idNumber != null) {
            throw ProblemException.invalidField("idNumber", "an ID number is not taken in a URL, where access logs keep it: "
                    + instead + " with {\"idNumber\": ...}");
        }
    }

    static String require(String parameter, String idNumber) {
        if (!IdNumbers.isValid(idNumber)) {
            throw ProblemException.invalidField(parameter, "not a valid 18-character ID number (check digit or birth date)");
        }
        return idNumber;
    }
}
