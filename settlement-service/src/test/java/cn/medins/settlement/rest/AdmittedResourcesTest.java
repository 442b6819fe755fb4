package cn.medins.settlement.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.medins.testing.AdmittedResources;

class AdmittedResourcesTest {

    @Test
    void everyResourceIsUnderAdmissionControlSoNoAbandonedRequestCancelsATransaction() {
        assertThat(AdmittedResources.resourcesIn("cn.medins.settlement")).isPositive();
        assertThat(AdmittedResources.withoutAdmission("cn.medins.settlement")).isEmpty();
    }
}
