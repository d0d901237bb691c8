package org.mizan.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus in a real browser: from the home page to the story about the Moscow signing, where
 * "وقعت على الاتفاق" (Lavrov on Sarraj's government) and "دون توقيع" (the ministry on Haftar) stand side by
 * side under a conflict or contrast mark. Needs the pipeline and the linker wired into storing.
 */
@QuarkusTest
class BrowserJourneyTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void readerGoesFromHomeToTheSeedStoryAndSeesWhoSignedAgainstWhoDidNot() {
        try (BrowserJourney browser = new BrowserJourney()) {
            browser.homeToSigningStory(home.toString(), "seed");
        }
    }
}
