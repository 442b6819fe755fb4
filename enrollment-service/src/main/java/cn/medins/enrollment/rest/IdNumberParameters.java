package cn.medins.enrollment.rest;

import cn.medins.enrollment.domain.IdentityFacts;
import cn.medins.rest.ProblemException;

/** ID numbers arriving in a path, query or body: refused with 400 naming the field before anything is looked up. */
final class IdNumberParameters {

    private IdNumberParameters() {
    }

    static String require(String field, String idNumber) {
        IdentityFacts.problem(idNumber).ifPresent(problem -> {
            throw ProblemException.invalidField(field, problem);
        });
        return idNumber;
    }
}
