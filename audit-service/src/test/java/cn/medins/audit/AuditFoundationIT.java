package cn.medins.audit;

import cn.medins.messaging.contract.ServiceFoundationContract;
import cn.medins.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditFoundationIT extends ServiceFoundationContract {
}
