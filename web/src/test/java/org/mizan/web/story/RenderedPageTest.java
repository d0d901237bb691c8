package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A rendered page's three forms: plain bytes, gzipped bytes, and a tag that follows the content. */
class RenderedPageTest {

    private static final String PAGE = "<p>قال وزير الخارجية إن الوفد وقّع على الاتفاق</p>".repeat(40);

    @Test
    void gzippedBytesInflateToThePlainPage() throws IOException {
        RenderedPage page = RenderedPage.of(PAGE);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped().getBytes()))) {
            assertThat(in.readAllBytes()).isEqualTo(page.html().getBytes());
        }
        assertThat(page.html().toString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.gzipped().length()).isLessThan(page.html().length() / 4);
    }

    @Test
    void theTagFollowsTheContentAndNothingElse() {
        assertThat(RenderedPage.of(PAGE).etag()).isEqualTo(RenderedPage.of(PAGE).etag()).startsWith("W/\"").endsWith("\"");
        assertThat(RenderedPage.of(PAGE + "<p>لم يوقّع</p>").etag()).isNotEqualTo(RenderedPage.of(PAGE).etag());
    }
}
