package cn.medins.localstack;

/** Stands in for a service that hangs while booting: it logs and never serves its readiness endpoint. */
public final class FakeNeverReadyService {

    private FakeNeverReadyService() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("booting, waiting for a database that never comes");
        Thread.sleep(Long.MAX_VALUE);
    }
}
