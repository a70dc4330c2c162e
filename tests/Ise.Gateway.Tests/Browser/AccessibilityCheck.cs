using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// axe-core (Deque's engine, from its NuGet package, run inside the page) against the page as it is now:
/// the WCAG 2 A and AA rules, labels, names, contrast and keyboard reachability among them.
/// </summary>
public static class AccessibilityCheck
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}
