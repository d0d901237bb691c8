package org.mizan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A reader in headless Chromium: opens the home page, follows the story links until one compares the
 * signing, and checks that both sides stand on the page joined by a conflict or contrast mark. Saves
 * screenshots (desktop and phone width) under target/screenshots/.
 */
public final class BrowserJourney implements AutoCloseable {

    public static final String SIGNED = "وقعت على الاتفاق";
    public static final String NOT_SIGNED = "دون توقيع";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    public BrowserJourney() {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        try {
            profile = Files.createTempDirectory("mizan-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1800",
                "--lang=ar");
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** From {@code base}/ to the story that compares the signing; returns its page source. */
    public String homeToSigningStory(String base, String shotPrefix) {
        driver.get(base);
        screenshot(shotPrefix + "-home");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        List<String> stories = driver.findElements(By.cssSelector("a.story-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(stories).as("story links on the home page").isNotEmpty();
        for (String story : stories) {
            driver.get(story);
            String text = driver.findElement(By.tagName("body")).getText();
            if (text.contains(SIGNED) && text.contains(NOT_SIGNED)) {
                screenshot(shotPrefix + "-story");
                assertSidesJoinedByConflictOrContrast();
                driver.manage().window().setSize(new Dimension(412, 1800));
                screenshot(shotPrefix + "-story-phone");
                driver.manage().window().setSize(new Dimension(1280, 1800));
                return driver.getPageSource();
            }
        }
        throw new AssertionError("no story reachable from the home page shows both «" + SIGNED + "» and «" + NOT_SIGNED + "»");
    }

    private void assertSidesJoinedByConflictOrContrast() {
        List<WebElement> marks = driver.findElements(By.cssSelector("[data-relation='conflict'], [data-relation='contrast']"));
        assertThat(marks).as("conflict or contrast marks").isNotEmpty();
        boolean joined = driver.findElements(By.cssSelector("li.link[data-relation='conflict'], li.link[data-relation='contrast']"))
                .stream().map(WebElement::getText).anyMatch(t -> t.contains(SIGNED) && t.contains(NOT_SIGNED));
        assertThat(joined).as("one conflict/contrast link holds both «" + SIGNED + "» and «" + NOT_SIGNED + "»").isTrue();
    }

    public void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind is harmless.
        }
    }
}
