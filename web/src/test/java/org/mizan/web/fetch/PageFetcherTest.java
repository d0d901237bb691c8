package org.mizan.web.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a site of its own on 127.0.0.1, the only private address it is allowed here. */
class PageFetcherTest {

    static final int MAX_BYTES = 100_000;

    static Vertx vertx;
    static LocalSite site;
    static LocalSite internal;
    static PageFetcher fetcher;
    static PageFetcher impatient;

    /** Generous limits for the pages that answer (a loaded build machine is slow); short ones for the slow page. */
    static FetchConfig config(int redirects, Duration read, Duration deadline) {
        return new FetchConfig() {
            public boolean allowPrivateAddresses() { return false; }
            public Duration connectTimeout() { return Duration.ofSeconds(5); }
            public Duration readTimeout() { return read; }
            public Duration deadline() { return deadline; }
            public int maxBytes() { return MAX_BYTES; }
            public int maxRedirects() { return redirects; }
            public String userAgent() { return "MizanTest"; }
        };
    }

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        // A service on another loopback address stands for the machine's internal services.
        internal = new LocalSite("127.0.0.2").html("/secret", "<p>سر داخلي</p>");
        site = new LocalSite()
                .html("/page", "<html><body><article><p>نص المقالة.</p></article></body></html>")
                .redirect("/moved", "/page")
                .redirect("/to-internal", internal.url("/secret"))
                .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
                .redirect("/loop", "/loop")
                .redirect("/to-file", "file:///etc/passwd")
                .slow("/slow", 10_000)
                .huge("/huge", 50L * MAX_BYTES)
                .page("/image", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        AddressGuard guard = new AddressGuard(false, Set.of(InetAddress.getByName("127.0.0.1")));
        fetcher = new PageFetcher(vertx, guard, config(3, Duration.ofSeconds(10), Duration.ofSeconds(20)));
        impatient = new PageFetcher(vertx, guard, config(3, Duration.ofMillis(500), Duration.ofMillis(1500)));
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        impatient.close();
        site.close();
        internal.close();
        vertx.close();
    }

    @Test
    void readsAPageAndFollowsARelativeRedirect() {
        FetchedPage page = fetcher.fetch(site.url("/moved"), PageFetcher.PAGE_TYPES);
        assertThat(page.url().toString()).isEqualTo(site.url("/page"));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("نص المقالة.");
    }

    @Test
    void refusesARedirectToAnInternalAddressWithoutContactingIt() {
        assertThatThrownBy(() -> fetcher.fetch(site.url("/to-internal"), PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.detail()).contains("127.0.0.2");
                });
        assertThat(internal.hits("/secret")).isZero();
    }

    @Test
    void refusesARedirectToTheCloudMetadataAddress() {
        assertThat(catchFetch(site.url("/to-metadata")).status()).isEqualTo(422);
    }

    @Test
    void refusesOtherSchemesAndEndlessRedirects() {
        assertThat(catchFetch(site.url("/to-file")).status()).isEqualTo(422);
        FetchException loop = catchFetch(site.url("/loop"));
        assertThat(loop.status()).isEqualTo(502);
        assertThat(loop.detail()).contains("more than 3");
        assertThat(site.hits("/loop")).isEqualTo(4);
    }

    @Test
    void givesUpOnASlowSiteAtTheDeadline() {
        long start = System.nanoTime();
        FetchException slow = null;
        try {
            impatient.fetch(site.url("/slow"), PageFetcher.PAGE_TYPES);
        } catch (FetchException e) {
            slow = e;
        }
        assertThat(slow).isNotNull();
        assertThat(slow.status()).isEqualTo(502);
        // Well before the page would have come (10 s): the fetch gave up on its own.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void stopsReadingAPageBeyondTheSizeLimit() {
        FetchException huge = catchFetch(site.url("/huge"));
        assertThat(huge.status()).isEqualTo(502);
        assertThat(huge.detail()).contains(String.valueOf(MAX_BYTES));
    }

    @Test
    void refusesAContentTypeThatIsNoPage() {
        FetchException image = catchFetch(site.url("/image"));
        assertThat(image.status()).isEqualTo(502);
        assertThat(image.detail()).contains("image/png");
    }

    @Test
    void aSiteThatIsDownIsABadGateway() {
        assertThat(catchFetch(site.url("/missing")).detail()).contains("404");
    }

    private static FetchException catchFetch(String url) {
        try {
            fetcher.fetch(url, PageFetcher.PAGE_TYPES);
            return null;
        } catch (FetchException e) {
            return e;
        }
    }
}
