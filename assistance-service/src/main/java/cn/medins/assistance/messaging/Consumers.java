package cn.medins.assistance.messaging;

/** The name this service records in the inbox and in {@code dlq-consumer}; also its Kafka group id. */
final class Consumers {

    static final String NAME = "assistance-service";

    private Consumers() {
    }
}
