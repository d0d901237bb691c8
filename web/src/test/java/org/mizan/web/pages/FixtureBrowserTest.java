package org.mizan.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.mizan.web.BrowserJourney;
import org.openqa.selenium.By;

/** The same journey as BrowserJourneyTest over the page fixture, plus the claim and search pages a reader reaches. */
@QuarkusTest
@TestProfile(NoSeedsProfile.class)
class FixtureBrowserTest {

    @TestHTTPResource("/")
    URL home;
    @Inject
    PageFixture fixture;

    @Test
    void readerComparesTheSigningThenOpensAClaimAndSearches() {
        PageFixture f = fixture.ensureStored();
        fixture.indexed();
        try (BrowserJourney browser = new BrowserJourney()) {
            browser.homeToSigningStory(home.toString(), "fixture");

            browser.driver().get(home + "claims/" + f.signedClaim);
            browser.screenshot("fixture-claim");
            assertThat(browser.driver().findElements(By.cssSelector("li.link[data-relation='contrast']"))).hasSize(1);

            browser.driver().get(home + "search?q=" + "قائد");
            browser.screenshot("fixture-search");
            assertThat(browser.driver().findElements(By.cssSelector(".hits.claims .claim-card"))).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
