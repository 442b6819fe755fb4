package cn.medins.assistance.rest;

import cn.medins.contracts.IdNumbers;
import cn.medins.rest.ProblemException;

/** ID numbers arriving in a path or query: refused with 400 naming the parameter before anything is looked up. */
final class IdNumberParameters {

    private IdNumberParameters() {
    }

    static String require(String parameter, String idNumber) {
        if (!IdNumbers.isValid(idNumber)) {
            throw ProblemException.invalidField(parameter, "not a valid 18-character ID number (check digit or birth date)");
        }
        return idNumber;
    }
}
