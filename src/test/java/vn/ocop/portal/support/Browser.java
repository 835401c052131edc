package vn.ocop.portal.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for {@code *BrowserTests}, driven by Debian's {@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver} (never downloaded: Selenium Manager is not used because both
 * paths are given).
 *
 * <p>As a JUnit extension it skips every test of the class, with a clear message, on a machine
 * without them (so the README's test command passes with only a JDK), starts the browser lazily
 * and quits it after the class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Browser browser = new Browser();
 *
 * @LocalServerPort int port;
 *
 * @Test void ... { browser.open(port, "/"); ... }
 * }</pre>
 *
 * It is also {@link AutoCloseable} for use outside JUnit ({@code try (Browser b = new Browser())}).
 */
public final class Browser implements TestInstancePreConstructCallback, AfterAllCallback, AutoCloseable {

	/** Debian's Chromium; another path can be given with {@code -Docop.test.chromium=...}. */
	public static final File CHROMIUM = new File(System.getProperty("ocop.test.chromium", "/usr/bin/chromium"));

	/** Debian's chromedriver; another path can be given with {@code -Docop.test.chromedriver=...}. */
	public static final File CHROMEDRIVER = new File(System.getProperty("ocop.test.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration WAIT = Duration.ofSeconds(10);

	private ChromeDriverService service;

	private ChromeDriver driver;

	private Path profile;

	/** Whether Chromium and chromedriver are installed where Debian puts them. */
	public static boolean available() {
		return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
	}

	/** Skips the current test (or class) when the browser is missing. */
	public static void assumeAvailable() {
		Assumptions.assumeTrue(available(), () -> "Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
				+ " are needed (Debian: apt-get install chromium chromium-driver)");
	}

	/**
	 * Checked before each test instance is made, so every test is reported as skipped with the
	 * reason, and the Spring context is not even started on a machine without a browser.
	 */
	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		assumeAvailable();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	/** The driver, started on first use. */
	public synchronized WebDriver driver() {
		if (driver == null) {
			assumeAvailable();
			start();
		}
		return driver;
	}

	private void start() {
		try {
			profile = Files.createTempDirectory("ocop-chromium-");
		}
		catch (IOException failure) {
			throw new IllegalStateException("Cannot create a Chromium profile directory", failure);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=vi-VN", "--user-data-dir=" + profile.toAbsolutePath());
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	/** Opens a page of the application under test, e.g. {@code open(port, "/tim-kiem")}, and waits for it. */
	public void open(int port, String path) {
		driver().get("http://localhost:" + port + path);
		waitUntil(d -> "complete".equals(script("return document.readyState")));
	}

	/** Runs JavaScript in the page and returns its result. */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver()).executeScript(script, arguments);
	}

	/**
	 * Runs asynchronous JavaScript in the page: the script calls its last argument (the callback)
	 * with the result; waits up to 30 s for it.
	 */
	public Object asyncScript(String script, Object... arguments) {
		driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return ((JavascriptExecutor) driver()).executeAsyncScript(script, arguments);
	}

	/** The address of the page shown, e.g. {@code http://localhost:8080/tin-tuc}. */
	public String currentUrl() {
		return driver().getCurrentUrl();
	}

	public WebElement find(By by) {
		return driver().findElement(by);
	}

	/** Presses a key on the focused element, as a keyboard user would. */
	public void press(CharSequence key) {
		new Actions(driver()).sendKeys(key).perform();
	}

	/** Focuses the element and presses Enter on it (a keyboard user activating a button or link). */
	public void activateByKeyboard(WebElement element) {
		script("arguments[0].focus()", element);
		press(Keys.ENTER);
	}

	/** The element that has the keyboard focus. */
	public WebElement focused() {
		return driver().switchTo().activeElement();
	}

	/** The computed value of a CSS property of the root element, e.g. {@code font-size} → {@code 16px}. */
	public String rootStyle(String property) {
		return (String) script("return getComputedStyle(document.documentElement).getPropertyValue(arguments[0])", property);
	}

	/**
	 * Clicks a button or link that leads to another page and waits until that page has replaced this
	 * one (the element left the document) and finished loading.
	 */
	public void clickToNextPage(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
		waitUntil(d -> hasLeftThePage(element));
		waitUntil(d -> "complete".equals(script("return document.readyState")));
	}

	/**
	 * Whether the element left the page. Chromium sometimes answers a question about a node of a page
	 * being replaced with "does not belong to the document" instead of a stale reference.
	 */
	public static boolean hasLeftThePage(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException stale) {
			return true;
		}
		catch (WebDriverException e) {
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	/** Waits (up to 10 s) until the condition holds. */
	public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
		return new WebDriverWait(driver(), WAIT).until(condition::apply);
	}

	@Override
	public synchronized void close() {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			driver = null;
			if (service != null) {
				service.stop();
				service = null;
			}
			deleteProfile();
		}
	}

	private void deleteProfile() {
		if (profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ignored) {
			// a temporary directory; the system cleans it eventually
		}
		profile = null;
	}

}
