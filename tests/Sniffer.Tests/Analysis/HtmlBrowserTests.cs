using System.Collections.ObjectModel;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Sniffer.Analysis;
using Sniffer.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// The HTML report in a real browser: Debian's Chromium, headless, driven by Selenium WebDriver through Debian's
/// chromedriver (scripts/setup.sh installs both). The page loads with no console error and no network request, the
/// flow graph has one SVG arrow per reported message, picking a connection hides every other one, and 1,000 arrows stay
/// one per row. Screenshots are kept as artifacts under the temporary directory (sniffer-test-artifacts/).
/// </summary>
public class HtmlBrowserTests(ITestOutputHelper output)
{
    private static string Artifacts => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sniffer-test-artifacts")).FullName;

    [BrowserFact]
    public void Lab_report_loads_without_errors_or_requests_and_filters_by_connection()
    {
        string capture = Path.Combine(Corpus.SampleCaptures, "htcpcp-web.pcapng");
        var report = AnalysisRunner.Analyze(capture);
        string page = Path.Combine(Artifacts, "analyze-htcpcp-web.html");
        File.WriteAllText(page, AnalysisRunner.Write(report, ReportFormat.Html));

        using var browser = Browser.Open();
        browser.Driver.Navigate().GoToUrl(new Uri(page).AbsoluteUri);
        var driver = browser.Driver;
        Assert.Equal("Sniffer lab report: htcpcp-web.pcapng", driver.Title);
        Assert.Empty(browser.ConsoleErrors());
        Assert.Equal(0L, Convert.ToInt64(((IJavaScriptExecutor)driver).ExecuteScript("return performance.getEntriesByType('resource').length;")));

        var arrows = driver.FindElements(By.CssSelector("#flow-graph g.arrow"));
        Assert.Equal(report.Flow.Count, arrows.Count);
        Assert.Equal(report.Flow.Select(a => a.Frame.ToString(System.Globalization.CultureInfo.InvariantCulture)), arrows.Select(a => a.GetAttribute("data-frame")));
        Assert.Equal(report.Nodes.Count, driver.FindElements(By.CssSelector("svg.map g.node")).Count);
        Save(driver, "analyze-htcpcp-web.png");

        // Pick the connection of the Cream BREW: only its arrows and rows stay, packed from the top.
        var cream = report.Transactions.Single(t => t.Htcpcp?.Additions.Contains("Cream") == true);
        Pick(driver, cream.Stream.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var visible = driver.FindElements(By.CssSelector("#flow-graph g.arrow")).Where(a => a.Displayed).ToList();
        Assert.Equal(report.Flow.Count(a => a.Stream == cream.Stream), visible.Count);
        Assert.All(visible, a => Assert.Equal(cream.Stream.ToString(System.Globalization.CultureInfo.InvariantCulture), a.GetAttribute("data-stream")));
        var rows = driver.FindElements(By.CssSelector("table[data-table='transactions'] tbody tr")).Where(r => r.Displayed).ToList();
        Assert.Single(rows);
        Assert.Contains("Cream", rows[0].Text, StringComparison.Ordinal);
        Assert.Equal(visible.Count * 26 + 18, int.Parse(driver.FindElement(By.Id("flow-graph")).GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(browser.ConsoleErrors());
        Save(driver, "analyze-htcpcp-web-filtered.png");

        // Back to every connection.
        Pick(driver, "");
        Assert.Equal(report.Flow.Count, driver.FindElements(By.CssSelector("#flow-graph g.arrow")).Count(a => a.Displayed));
    }

    [BrowserFact]
    public void A_thousand_arrows_stay_one_per_row_and_scroll()
    {
        string capture = ManyConnectionsCapture.Write(Path.Combine(Artifacts, "many-connections.pcap"), 150);
        var report = AnalysisRunner.Analyze(capture);
        Assert.Equal(150 * ManyConnectionsCapture.ArrowsPerConnection, report.Flow.Count);
        string page = Path.Combine(Artifacts, "analyze-1050-arrows.html");
        File.WriteAllText(page, AnalysisRunner.Write(report, ReportFormat.Html));

        using var browser = Browser.Open();
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(page).AbsoluteUri);
        Assert.Empty(browser.ConsoleErrors());
        var tops = (ReadOnlyCollection<object>)((IJavaScriptExecutor)driver).ExecuteScript(
            "return Array.from(document.querySelectorAll('#flow-graph g.arrow')).map(function (g) { return g.getBoundingClientRect().top; });")!;
        Assert.Equal(report.Flow.Count, tops.Count);
        var ys = tops.Select(t => Convert.ToDouble(t, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (int i = 1; i < ys.Count; i++)
            Assert.True(ys[i] - ys[i - 1] >= 20, $"arrow {i} is {ys[i] - ys[i - 1]} px below the one before");
        var body = driver.FindElement(By.CssSelector(".flow-body"));
        Assert.True(Convert.ToInt64(((IJavaScriptExecutor)driver).ExecuteScript("return arguments[0].scrollHeight - arguments[0].clientHeight;", body)) > 0,
            "the flow graph scrolls inside its box");
        Save(driver, "analyze-1050-arrows.png");
    }

    /// <summary>Chooses a connection in the page's filter as a user does: a click on its option.</summary>
    private static void Pick(IWebDriver driver, string value)
    {
        driver.FindElement(By.Id("stream-filter")).Click();
        driver.FindElement(By.CssSelector($"#stream-filter option[value='{value}']")).Click();
    }

    private void Save(IWebDriver driver, string name)
    {
        string path = Path.Combine(Artifacts, name);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(path);
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>A headless Chromium with a fresh profile, no background traffic, and its console log kept.</summary>
    private sealed class Browser : IDisposable
    {
        private readonly string _profile;

        private Browser(ChromeDriver driver, string profile)
        {
            Driver = driver;
            _profile = profile;
        }

        public ChromeDriver Driver { get; }

        public static Browser Open()
        {
            string profile = Directory.CreateTempSubdirectory("sniffer-chromium-").FullName;
            var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium! };
            options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-default-apps", "--window-size=1400,1600", $"--user-data-dir={profile}");
            options.SetLoggingPreference(LogType.Browser, LogLevel.All);
            var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.Driver)!, Path.GetFileName(BrowserFactAttribute.Driver));
            service.SuppressInitialDiagnosticInformation = true;
            service.HideCommandPromptWindow = true;
            var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
            driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
            return new Browser(driver, profile);
        }

        /// <summary>Console messages at SEVERE level (errors) since the last call.</summary>
        public List<string> ConsoleErrors() => Driver.Manage().Logs.GetLog(LogType.Browser)
            .Where(e => e.Level >= LogLevel.Severe).Select(e => e.Message).ToList();

        public void Dispose()
        {
            Driver.Quit();
            Driver.Dispose();
            try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>A test that needs Debian's chromium and chromium-driver (scripts/setup.sh installs them); skipped with the reason without.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public static string? Chromium { get; } = ExternalTools.FindOnPath("chromium") ?? ExternalTools.FindOnPath("chromium-browser");
    public static string? Driver { get; } = ExternalTools.FindOnPath("chromedriver");

    public BrowserFactAttribute()
    {
        if (Chromium is null || Driver is null)
            Skip = "chromium and chromedriver are not installed (scripts/setup.sh installs Debian's chromium and chromium-driver)";
    }
}
