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

    /// <summary>A navigation on a busy machine (Chromium and the gateway sharing two cores with builds) may take longer than Playwright's 30 s.</summary>
    private const float BusyMachineTimeout = 90_000;

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots go under the test output, in <c>screenshots/</c>.</summary>
    public static string ScreenshotPath(string name) =>
        Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");

    /// <summary>A screenshot of the whole page under the test output (<see cref="ScreenshotPath"/>).</summary>
    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(name), FullPage = true });

    /// <summary>
    /// Opens a page of the gateway at <paramref name="baseAddress"/> as a person does: the page sends them
    /// to the sign-in page, they sign in there and come back. Collects console errors and uncaught exceptions
    /// from then on (the refused requests before signing in are expected).
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> OpenSignedInAsync(Uri baseAddress, string path, string email, string password)
    {
        var (page, errors) = await OpenAsync(baseAddress, path);
        await ArrivedAsync(page, url => url.AbsolutePath == "/signin");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin");

        // Back on the page; its query may have changed since (the overview page adds the chosen indicator).
        await ArrivedAsync(page, url => url.AbsolutePath == path.Split('?')[0]);
        ForgetSignedOutRefusals(errors);
        return (page, errors);
    }

    /// <summary>
    /// Forgets the errors logged before signing in (the refused requests of a signed-out page), but not the
    /// documents reported by <see cref="PageDocumentWatch"/>: the page may have sent its first ones already.
    /// </summary>
    public static void ForgetSignedOutRefusals(List<string> errors) =>
        errors.RemoveAll(error => !error.StartsWith(PageDocumentWatch.Reported, StringComparison.Ordinal));

    /// <summary>Opens a page signed in as the development person <paramref name="who"/> (e.g. <c>organiser-voka-east</c>), through the sign-in page.</summary>
    public Task<(IPage Page, List<string> Errors)> OpenSignedInAsync(Uri baseAddress, string path, string who)
    {
        var person = Ise.Gateway.Security.DevelopmentPeople.All.Single(p => p.Email.StartsWith(who + "@", StringComparison.Ordinal));
        return OpenSignedInAsync(baseAddress, path, person.Email, person.Password);
    }

    /// <summary>
    /// Waits until the page's address satisfies <paramref name="where"/>, by reading it over and over: a
    /// page that moves on by itself while it is still loading can do so before a wait for a navigation
    /// event starts, and that wait would then never end.
    /// </summary>
    public static async Task ArrivedAsync(IPage page, Func<Uri, bool> where)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(BusyMachineTimeout);
        while (!where(new Uri(page.Url)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page stayed at {page.Url}.");
            }

            await Task.Delay(100);
        }

        // A wait for the load state can miss its event when the page arrived while the wait was being set up
        // (seen with several browser test classes on two busy cores: the wait then ran out although the page
        // had loaded long before); so the wait is short and repeated, and the document is asked in between.
        while (true)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new PageWaitForLoadStateOptions { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException)
            {
                if (await ReadyStateAsync(page) is "interactive" or "complete")
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page at {page.Url} did not load.");
            }
        }
    }

    /// <summary>The document's readyState, or null while a navigation replaces it.</summary>
    private static async Task<string?> ReadyStateAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("document.readyState");
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    /// <summary>
    /// Opens a page in a fresh browser context (no cookies), collecting console errors, uncaught exceptions and
    /// GraphQL documents sent that are not page documents (<see cref="PageDocumentWatch"/>).
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(Uri baseAddress, string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), AcceptDownloads = true });
        var errors = new List<string>();
        PageDocumentWatch.Watch(context, errors);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BusyMachineTimeout);
        page.SetDefaultNavigationTimeout(BusyMachineTimeout);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(path);
        return (page, errors);
    }

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("ISE_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No Chromium at {executable}: install the Debian package chromium (./test.sh does) or set ISE_CHROMIUM.");
        }

        // Signing in hashes a password (PBKDF2) and pages wait for the silo: on two busy cores an
        // assertion may need longer than Playwright's 5 s before its text appears.
        Assertions.SetDefaultExpectTimeout(30_000);
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
