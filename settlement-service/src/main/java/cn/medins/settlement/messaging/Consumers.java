package cn.medins.settlement.messaging;

/** The name this service consumes under: in the inbox, in {@code dlq-consumer}, and as the Kafka group id. */
final class Consumers {

    static final String NAME = "settlement-service";

    private Consumers() {
    }
}
