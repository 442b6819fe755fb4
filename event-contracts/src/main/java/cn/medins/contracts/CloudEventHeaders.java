package cn.medins.contracts;

/** Kafka header names of the CloudEvents 1.0 Kafka binding (binary mode) and of dead-letter records. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    public static final String DLQ_REASON = "dlq-reason";
    public static final String DLQ_CONSUMER = "dlq-consumer";
    public static final String DLQ_ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String DLQ_ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String DLQ_ORIGINAL_OFFSET = "dlq-original-offset";

    private CloudEventHeaders() {
    }
}
