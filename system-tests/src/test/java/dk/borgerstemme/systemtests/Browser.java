package dk.borgerstemme.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Debian's Chromium, headless, driven the way a person uses it: addresses, keys and what is shown. */
final class Browser implements AutoCloseable {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> HEADLESS_FLAGS = List.of(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final URI site;
    private final Path profile;

    private Browser(ChromeDriver driver, URI site, Path profile) {
        this.driver = driver;
        this.site = site;
        this.profile = profile;
    }

    /** A fresh browser, with no cookies or history, pointed at {@code site}. */
    static Browser launch(URI site) {
        return launch(site, true);
    }

    /** The same, with JavaScript switched off, as some respondents' browsers are. */
    static Browser launchWithoutJavaScript(URI site) {
        return launch(site, false);
    }

    private static Browser launch(URI site, boolean javaScript) {
        Path profile = createProfile();
        ChromeOptions options = new ChromeOptions();
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(CHROMIUM);
        options.addArguments(HEADLESS_FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, site, profile);
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("borgerstemme-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Goes to {@code pathAndQuery} on the site, as if typed into the address bar. */
    void open(String pathAndQuery) {
        driver.get(site.resolve(pathAndQuery).toString());
    }

    private URI currentAddress() {
        return URI.create(driver.getCurrentUrl());
    }

    String currentPath() {
        return currentAddress().getPath();
    }

    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        // A page being replaced by the next one leaves elements found a moment ago stale.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void awaitPath(String path) {
        await().withMessage(() -> "expected to arrive at " + path + " but was at " + driver.getCurrentUrl()
                + ", showing: " + glimpse())
            .until(ignored -> currentPath().equals(path));
    }

    /** The title and the start of the text of the page shown, to say in a failure what the user saw. */
    private String glimpse() {
        try {
            String text = visibleText().replaceAll("\\s+", " ").strip();
            return "\"" + driver.getTitle() + "\": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        } catch (RuntimeException e) {
            return "(could not read the page: " + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    void awaitDocumentLanguage(String code) {
        await().withMessage(() -> "expected <html lang=\"" + code + "\"> on " + driver.getCurrentUrl())
            .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
    }

    String documentLanguage() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    WebElement visible(By locator) {
        return await().withMessage(() -> "no visible " + locator + " on " + driver.getCurrentUrl() + ", showing: " + glimpse())
            .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks what sends a form (or follows a link) and waits until the page that answered replaced this one,
     * also when it has the same address, as a form re-rendered with errors or a redirect back to the page does.
     */
    void clickAndAwaitNextPage(WebElement element) {
        WebElement shown = driver.findElement(By.tagName("html"));
        element.click();
        await().withMessage(() -> "the page did not change after the click, at " + driver.getCurrentUrl())
            .until(ignored -> isGone(shown));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            // Chromium's answer when the document is swapped while it is being asked.
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Presses Tab until {@code target} has the focus, as a keyboard user moves through the page,
     * and fails with the focus order seen if it never gets there.
     */
    WebElement tabTo(By target, int maxPresses) {
        WebElement element = visible(target);
        List<String> focusOrder = new ArrayList<>();
        for (int press = 0; press < maxPresses; press++) {
            press(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if (focused.equals(element)) {
                return element;
            }
            focusOrder.add(describe(focused));
        }
        throw new AssertionError("Tab did not reach " + target + " in " + maxPresses + " presses on "
            + driver.getCurrentUrl() + "; the focus went to: " + String.join(" → ", focusOrder));
    }

    /** Types into whatever has the focus. */
    void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void press(Keys key) {
        type(key);
    }

    /** Lays pages out as on a screen {@code width} CSS pixels wide, the smallest WCAG reflow asks for. */
    void useScreenWidth(int width) {
        // Emulated metrics, because a desktop browser window has a minimum width above 320 px.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
            "width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The elements that stick out to the right of the screen; empty when nothing scrolls sideways. */
    @SuppressWarnings("unchecked")
    HorizontalOverflow horizontalOverflow() {
        Map<String, Object> measured = (Map<String, Object>) driver.executeScript("""
            const width = window.innerWidth;
            const sticking = Array.from(document.querySelectorAll('body *'))
              .filter(e => e.getBoundingClientRect().right > width + 0.5)
              .slice(0, 15)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
            return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, sticking: sticking};
            """);
        return new HorizontalOverflow(
            ((Number) measured.get("scrollWidth")).intValue(),
            ((Number) measured.get("innerWidth")).intValue(),
            (List<String>) measured.get("sticking"));
    }

    record HorizontalOverflow(int scrollWidth, int innerWidth, List<String> stickingOut) {
        boolean scrollsSideways() {
            return scrollWidth > innerWidth;
        }
    }

    /** Keeps a screenshot and the page source, so a failed test can be understood afterwards. */
    void saveEvidence(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(directory.resolve(name + ".html"),
                "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser's state for " + name + ": " + e.getMessage());
        }
    }

    private String describe(WebElement element) {
        String id = element.getDomAttribute("id");
        String text = element.getText().strip();
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id)
            + (text.isEmpty() ? "" : " \"" + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + "\"");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Directories.delete(profile);
        }
    }
}
