package org.mizan.bench.load;

import java.util.Arrays;

/** Latencies of one run (nanoseconds) and its wall time: percentiles and throughput. */
public record LatencyStats(String name, long[] latenciesNanos, long errors, double seconds) {

    public LatencyStats {
        latenciesNanos = latenciesNanos.clone();
        Arrays.sort(latenciesNanos);
    }

    public long count() {
        return latenciesNanos.length;
    }

    /** Nearest-rank percentile in milliseconds, p in (0, 100]. */
    public double percentileMillis(double p) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * latenciesNanos.length);
        return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, rank - 1))] / 1e6;
    }

    public double throughput() {
        return seconds <= 0 ? 0 : count() / seconds;
    }

    public String line() {
        return String.format("%-28s n=%7d err=%4d  %8.1f req/s  p50=%6.2f ms  p90=%6.2f ms  p99=%6.2f ms  max=%7.2f ms",
                name, count(), errors, throughput(), percentileMillis(50), percentileMillis(90), percentileMillis(99),
                percentileMillis(100));
    }
}
