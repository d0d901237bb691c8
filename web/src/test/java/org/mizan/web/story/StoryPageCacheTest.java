package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The story page cache on its own (no Quarkus): one render per page, however many ask at once. */
class StoryPageCacheTest {

    @Test
    void concurrentRequestsForAColdPageShareOneRender() throws Exception {
        StoryPageCache cache = new StoryPageCache();
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RenderedPage>> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pages.add(pool.submit(() -> cache.page(7, "ar", () -> {
                    renders.incrementAndGet();
                    await(release);
                    return "<p>قصة</p>";
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<RenderedPage> page : pages) {
                assertThat(new String(page.get(5, TimeUnit.SECONDS).html().getBytes(), StandardCharsets.UTF_8)).isEqualTo("<p>قصة</p>");
            }
            assertThat(renders).hasValue(1);
            assertThat(cache.cached(7, "ar")).isNotNull();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRenderIsNotCachedAndTheNextRequestTriesAgain() {
        StoryPageCache cache = new StoryPageCache();
        assertThatThrownBy(() -> cache.page(3, "ar", () -> {
            throw new IllegalStateException("no such story");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cache.cached(3, "ar")).isNull();
        assertThat(new String(cache.page(3, "ar", () -> "ok").html().getBytes(), StandardCharsets.UTF_8)).isEqualTo("ok");
    }

    @Test
    void clearingDropsEveryPage() {
        StoryPageCache cache = new StoryPageCache();
        cache.page(1, "en", () -> "one");
        cache.clear();
        assertThat(cache.cached(1, "en")).isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
