package org.mizan.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.web.admin.AdminSession;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor in headless Chromium: logs in, opens a claim's review page from the claim page, rejects a link
 * the machine made, and no longer finds it on the story page. Screenshots under target/screenshots/review-*.png.
 */
@QuarkusTest
class ReviewBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL base;

    WebDriver driver;
    Path profile;
    List<Long> articles;

    @BeforeEach
    void openBrowser() throws IOException {
        articles = DamOpening.storeAll();
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("mizan-review-chromium-");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600", "--lang=ar");
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        DamOpening.deleteAll(articles);
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void editorLogsInRejectsALinkAndItIsGoneFromTheStoryPage() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        String root = base.toString().replaceAll("/$", "");
        long a = DamOpening.wireClaim(articles.get(0));
        long b = DamOpening.wireClaim(articles.get(1));
        long story = AdminSession.api().get("/api/claims/" + a).jsonPath().getLong("stories[0].id");

        driver.get(root + "/stories/" + story);
        assertThat(linked(a, b)).as("the machine's link is on the story page").isTrue();
        assertThat(driver.findElements(By.cssSelector("section.links span.machine"))).isNotEmpty();

        driver.get(root + "/claims/" + a);
        driver.findElement(By.cssSelector("a[href='/admin/claims/" + a + "']")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("j_username")).clear();
        driver.findElement(By.id("j_username")).sendKeys("admin");
        driver.findElement(By.id("j_password")).sendKeys(AdminSession.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type='submit']")).click();
        // The login lands on /admin; the editor goes back to the claim's review page.
        wait.until(ExpectedConditions.urlContains("/admin"));
        driver.get(root + "/admin/claims/" + a);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.review")));
        screenshot("review-before");

        WebElement link = driver.findElements(By.cssSelector("li.link")).stream()
                .filter(li -> !li.findElements(By.cssSelector("a[href='/claims/" + b + "']")).isEmpty()).findFirst().orElseThrow();
        String linkId = link.getAttribute("data-link");
        link.findElement(By.cssSelector("button[value='reject']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertThat(driver.findElements(By.cssSelector("li.link[data-link='" + linkId + "']"))).isEmpty();
        screenshot("review-after");

        driver.get(root + "/stories/" + story);
        assertThat(linked(a, b)).as("the rejected link is gone from the story page").isFalse();
        screenshot("review-story");

        driver.get(root + "/admin/audit");
        assertThat(driver.findElement(By.cssSelector("table.audit-log")).getText()).contains("link " + linkId);
    }

    /** Whether the page's list of links holds one between these two claims. */
    private boolean linked(long a, long b) {
        return driver.findElements(By.cssSelector("section.links li.link")).stream().anyMatch(li ->
                !li.findElements(By.cssSelector("[data-claim='" + a + "']")).isEmpty()
                        && !li.findElements(By.cssSelector("[data-claim='" + b + "']")).isEmpty());
    }

    private void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
