package cn.medins.localstack;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags each service runs with. Four JVMs share a small machine with the broker and the database, so each is
 * held to what it needs: a heap that holds a service's live data under load (about 45 MB) with room for bursts,
 * bounded metaspace, code cache and direct buffers, smaller thread stacks, and a heap handed back to the system after a
 * burst. Running out of memory ends the process, which its supervisor restarts, rather than leaving it half alive.
 */
final class ServiceJvmOptions {

    /**
     * The C library keeps what the JIT compiler's arenas and other native users free (20–35 MB per service after a
     * load); trimming it every few seconds gives that back. The flag is a product flag since 17.0.11 and 21.0.3, and
     * an older JVM refuses to start when given it.
     */
    static final String NATIVE_HEAP_TRIM = "-XX:TrimNativeHeapInterval=5000";

    private ServiceJvmOptions() {
    }

    static List<String> forRuntime(Runtime.Version version) {
        List<String> options = new ArrayList<>(List.of("-Xmx128m", "-Xmn40m", "-Xss512k", "-XX:MaxMetaspaceSize=192m",
                "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=64m", "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:+ExitOnOutOfMemoryError"));
        if (trimsNativeHeap(version)) {
            options.add(NATIVE_HEAP_TRIM);
        }
        return List.copyOf(options);
    }

    private static boolean trimsNativeHeap(Runtime.Version version) {
        return switch (version.feature()) {
            case 17 -> version.update() >= 11;
            case 18, 19, 20 -> false;
            case 21 -> version.update() >= 3;
            default -> version.feature() > 21;
        };
    }
}
