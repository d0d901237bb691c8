package org.mizan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void aKeyIsBlockedForTheLockoutOnceItReachesTheLimitWithinTheWindow() {
        SlidingWindow failures = new SlidingWindow(3, 60_000, 300_000, now::get);
        failures.record("a");
        failures.record("a");
        assertThat(failures.waitFor("a")).isZero();
        failures.record("a");
        assertThat(failures.waitFor("a")).isEqualTo(300_000);
        assertThat(failures.waitFor("b")).as("other keys are not held back").isZero();
        now.addAndGet(299_000);
        assertThat(failures.waitFor("a")).isEqualTo(1_000);
        now.addAndGet(1_000);
        assertThat(failures.waitFor("a")).isZero();
    }

    @Test
    void eventsOlderThanTheWindowDoNotCount() {
        SlidingWindow failures = new SlidingWindow(3, 60_000, 300_000, now::get);
        failures.record("a");
        failures.record("a");
        now.addAndGet(60_000);
        failures.record("a");
        assertThat(failures.waitFor("a")).isZero();
    }

    @Test
    void forgettingAKeyClearsItsCount() {
        SlidingWindow failures = new SlidingWindow(2, 60_000, 300_000, now::get);
        failures.record("a");
        failures.forget("a");
        failures.record("a");
        assertThat(failures.waitFor("a")).isZero();
    }

    @Test
    void aRateLimitAdmitsTheLimitThenSaysWhenTheOldestLeavesTheWindow() {
        SlidingWindow requests = new SlidingWindow(2, 60_000, 0, now::get);
        assertThat(requests.tryAcquire("a")).isZero();
        now.addAndGet(10_000);
        assertThat(requests.tryAcquire("a")).isZero();
        assertThat(requests.tryAcquire("a")).isEqualTo(50_000);
        assertThat(requests.tryAcquire("b")).isZero();
        now.addAndGet(50_000);
        assertThat(requests.tryAcquire("a")).as("the first request left the window").isZero();
        assertThat(requests.tryAcquire("a")).isEqualTo(10_000);
    }
}
