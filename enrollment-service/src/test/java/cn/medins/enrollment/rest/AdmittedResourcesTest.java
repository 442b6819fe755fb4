package cn.medins.enrollment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.medins.testing.AdmittedResources;

class AdmittedResourcesTest {

    @Test
    void everyResourceIsUnderAdmissionControlSoNoAbandonedRequestCancelsATransaction() {
        assertThat(AdmittedResources.resourcesIn("cn.medins.enrollment")).isPositive();
        assertThat(AdmittedResources.withoutAdmission("cn.medins.enrollment")).isEmpty();
    }
}
