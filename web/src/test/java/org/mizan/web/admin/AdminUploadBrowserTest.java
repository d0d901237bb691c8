package org.mizan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ContentHash;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin in headless Chromium: asks for /admin, is sent to the login page, logs in, uploads a file
 * through the real form, sees its claims in the preview, saves, and finds them on the article page.
 * Screenshots under target/screenshots/admin-*.png.
 */
@QuarkusTest
class AdminUploadBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String ARTICLE = """
            بيروت - وكالات

            قال وزير الطاقة ريمون غجر إن الحكومة لن ترفع أسعار الوقود هذا الشهر.
            وأضاف أن الاتفاق مع الموردين ما زال قائما.
            """;

    @TestHTTPResource("/")
    URL base;

    WebDriver driver;
    Path profile;
    Path upload;

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("mizan-admin-chromium-");
        upload = Files.createTempDirectory("mizan-admin-upload-").resolve("energy.txt");
        Files.writeString(upload, ARTICLE, StandardCharsets.UTF_8);
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
        QuarkusTransaction.requiringNew().call(() -> ArticleEntity.findByHash(ContentHash.of(ARTICLE)).map(a -> a.id))
                .ifPresent(id -> AdminSession.api().delete("/api/articles/" + id));
        for (Path dir : new Path[] {profile, upload.getParent()}) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void adminLogsInUploadsAFileAndSeesItsClaims() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        String root = base.toString().replaceAll("/$", "");

        driver.get(root + "/admin");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        screenshot("admin-login");
        driver.findElement(By.id("j_username")).clear();
        driver.findElement(By.id("j_username")).sendKeys("admin");
        driver.findElement(By.id("j_password")).sendKeys(AdminSession.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type='submit']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
        screenshot("admin-upload-form");
        driver.findElement(By.id("files")).sendKeys(upload.toAbsolutePath().toString());
        driver.findElement(By.id("outlet")).sendKeys("وكالة الاختبار");
        driver.findElement(By.id("analyse")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save")));
        assertThat(driver.findElements(By.cssSelector("tr.claim-row"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("table.preview-claims")).getText()).contains("ريمون غجر");
        screenshot("admin-preview");
        driver.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-stage='SAVED']")));
        assertThat(driver.findElements(By.cssSelector("li.status-stored"))).hasSize(1);
        screenshot("admin-saved");
        driver.findElement(By.cssSelector("li.status-stored a[href^='/articles/']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.claims")));
        assertThat(driver.findElement(By.cssSelector("ol.claims")).getText()).contains("ريمون غجر");
        screenshot("admin-article");
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
