package cn.medins.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Four desks of one hospital settling inpatient stays of the given patients, one claim after another, until stopped:
 * the steady load a fault is injected into. Each desk hands its claim to {@code settle}, which decides how to retry.
 */
final class HospitalDesks {

    @FunctionalInterface
    interface Settle {
        void claim(Map<String, Object> claim) throws Exception;
    }

    private static final int DESKS = 4;

    private final List<String> requestIds = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService pool = Executors.newFixedThreadPool(DESKS);
    private final List<Future<?>> desks = new ArrayList<>();

    HospitalDesks(List<String> patients, LocalDate admission, String amount, Settle settle) {
        AtomicInteger next = new AtomicInteger();
        for (int desk = 0; desk < DESKS; desk++) {
            desks.add(pool.submit(() -> {
                while (!stopping.get()) {
                    Map<String, Object> claim = Claims.inpatient(Claims.HOSPITAL,
                            patients.get(next.getAndIncrement() % patients.size()), admission, 2, "J18.9", amount);
                    requestIds.add((String) claim.get("requestId"));
                    settle.claim(claim);
                }
                return null;
            }));
        }
    }

    int claimsSoFar() {
        return requestIds.size();
    }

    /** Takes no new claim, waits until each desk is done with the one in hand, and returns every request sent. */
    List<String> stop() throws Exception {
        stopping.set(true);
        try {
            for (Future<?> desk : desks) {
                desk.get(200, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(requestIds);
    }
}
