package cn.medins.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Partner records published at a steady rate, each matched to the effect the suite publishes for it; the latency is
 * from the moment the record was due to be sent to the moment its effect was read from the output topic.
 */
final class EndToEnd {

    /** What one scenario publishes and how its effect names the record it answers. */
    record Scenario(String name, String outputTopic, IntFunction<Map.Entry<String, ProducerRecord<String, byte[]>>> input,
            Function<ConsumerRecord<String, byte[]>, String> correlationOfEffect) {
    }

    private EndToEnd() {
    }

    static String run(String bootstrap, Scenario scenario, int count, int rate, Duration timeout) throws InterruptedException {
        Map<String, Long> dueAt = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies();
        CountDownLatch tailing = new CountDownLatch(1);
        AtomicReference<Instant> readUntil = new AtomicReference<>(Instant.MAX);
        // Effects are read on a thread of their own that polls all the time: read between two sends, an effect would
        // wait for the next send and the figures would show the send interval instead of the suite's latency.
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> effects = Kafka.tailing(bootstrap, scenario.outputTopic())) {
                tailing.countDown();
                while (latencies.count() < count && Instant.now().isBefore(readUntil.get())) {
                    drain(effects, scenario, dueAt, latencies);
                }
            }
        }, "effects-reader");
        reader.start();
        tailing.await();
        try (KafkaProducer<String, byte[]> producer = Kafka.producer(bootstrap)) {
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Map.Entry<String, ProducerRecord<String, byte[]>> input = scenario.input().apply(i);
                dueAt.put(input.getKey(), due);
                producer.send(input.getValue());
            }
            producer.flush();
        }
        readUntil.set(Instant.now().plus(timeout));
        reader.join();
        return String.format(Locale.ROOT, "%s: sent=%d at %d/s, effects=%d missing=%d %s", scenario.name(), count, rate,
                latencies.count(), count - latencies.count(), latencies.percentiles());
    }

    private static void drain(KafkaConsumer<String, byte[]> effects, Scenario scenario, Map<String, Long> dueAt,
            Latencies latencies) {
        for (ConsumerRecord<String, byte[]> record : effects.poll(Duration.ofMillis(50))) {
            String correlation = scenario.correlationOfEffect().apply(record);
            Long due = correlation == null ? null : dueAt.remove(correlation);
            if (due != null) {
                latencies.record(System.nanoTime() - due);
            }
        }
    }

}
