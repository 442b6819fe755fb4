package cn.medins.rest.admission;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "medins.admission")
public interface AdmissionConfig {

    /**
     * Calls in progress at once, the ones whose caller has gone away included. Past it a call is refused at once with
     * 503: waiting behind more work than the service can do in time only turns a fast refusal into a slow one. The
     * longest an admitted call queues is about this many calls' worth of the service's throughput.
     */
    @WithDefault("32")
    int maxInFlight();

    /**
     * How long a caller is kept waiting for admitted work. Past it the caller gets a 503 while the work goes on to
     * commit or roll back; a retry with the same request id finds what it did.
     */
    @WithDefault("10s")
    Duration deadline();

    /** What a 503 tells the caller to wait before retrying ({@code Retry-After}, whole seconds). */
    @WithDefault("1s")
    Duration retryAfter();
}
