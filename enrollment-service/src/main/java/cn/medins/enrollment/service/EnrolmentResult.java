package cn.medins.enrollment.service;

import cn.medins.contracts.coverage.Enrolment;

/** The answer to a counter enrolment: the person's period for the request, and whether this request created it. */
public record EnrolmentResult(String insuredId, Enrolment enrolment, boolean created) {
}
