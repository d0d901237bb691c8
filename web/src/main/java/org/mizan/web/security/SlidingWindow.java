package org.mizan.web.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Events per key (an address, an account) within a sliding window, with an optional block once a key
 * reached the limit. The one counter behind login throttling and API rate limits. Keys idle for a whole
 * window are dropped, so the map holds only recent senders.
 */
final class SlidingWindow {

    private final int limit;
    private final long windowMillis;
    private final long blockMillis;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> events = new HashMap<>();
    private final Map<String, Long> blockedUntil = new HashMap<>();
    private long nextSweep;

    /** {@code blockMillis} 0: a key is refused only while the window holds {@code limit} events. */
    SlidingWindow(int limit, long windowMillis, long blockMillis, LongSupplier clock) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.blockMillis = blockMillis;
        this.clock = clock;
    }

    /** Milliseconds until the key may act again; 0 when it may now. */
    synchronized long waitFor(String key) {
        long now = clock.getAsLong();
        Long until = blockedUntil.get(key);
        if (until != null) {
            if (until > now) {
                return until - now;
            }
            blockedUntil.remove(key);
        }
        if (blockMillis > 0) {
            return 0;
        }
        Deque<Long> times = recent(key, now);
        return times.size() < limit ? 0 : times.peekFirst() + windowMillis - now;
    }

    /** Counts one event; when it reaches the limit and blocking is on, blocks the key. */
    synchronized void record(String key) {
        long now = clock.getAsLong();
        sweep(now);
        Deque<Long> times = recent(key, now);
        times.addLast(now);
        if (blockMillis > 0 && times.size() >= limit) {
            blockedUntil.put(key, now + blockMillis);
            times.clear();
        }
    }

    /** Counts one event if the key may act now; else the milliseconds to wait, nothing counted. */
    synchronized long tryAcquire(String key) {
        long wait = waitFor(key);
        if (wait == 0) {
            record(key);
        }
        return wait;
    }

    synchronized void forget(String key) {
        events.remove(key);
    }

    private Deque<Long> recent(String key, long now) {
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.removeFirst();
        }
        return times;
    }

    private void sweep(long now) {
        if (now < nextSweep) {
            return;
        }
        nextSweep = now + windowMillis;
        for (Iterator<Deque<Long>> it = events.values().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next();
            if (times.isEmpty() || times.peekLast() <= now - windowMillis) {
                it.remove();
            }
        }
        blockedUntil.values().removeIf(until -> until <= now);
    }
}
