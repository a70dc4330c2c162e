using Microsoft.Playwright;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>, installed by <c>./test.sh</c> when missing), headless,
/// driven by Playwright's .NET driver, which ships its own Node.js: nothing is downloaded.
/// <c>ISE_CHROMIUM</c> names another executable.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots go under the test output, in <c>screenshots/</c>.</summary>
    public static string ScreenshotPath(string name) =>
        Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("ISE_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No Chromium at {executable}: install the Debian package chromium (./test.sh does) or set ISE_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Needed when the tests run as root (CI containers); the pages are our own.
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
