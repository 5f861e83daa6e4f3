package dev.autarky.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by the current thread while running an action, from HotSpot's per-thread
 * allocation counter. Tests use it to show that a hot path allocates nothing; the counter is
 * exact for the calling thread, so such tests are not timing-dependent. Skips the test on a JVM
 * without the counter.
 */
public final class AllocationMeter {

    private AllocationMeter() {
    }

    public static long bytesAllocatedBy(Runnable action) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(hotspot.isThreadAllocatedMemorySupported(), "no per-thread allocation counter");
        hotspot.setThreadAllocatedMemoryEnabled(true);
        long id = Thread.currentThread().getId();
        // Warm the measurement itself so that its own allocations do not count.
        hotspot.getThreadAllocatedBytes(id);
        long before = hotspot.getThreadAllocatedBytes(id);
        action.run();
        long after = hotspot.getThreadAllocatedBytes(id);
        return after - before;
    }
}
