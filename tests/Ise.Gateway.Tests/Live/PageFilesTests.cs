using System.Text.Json;
using System.Text.RegularExpressions;
using Ise.Testing;

namespace Ise.Gateway.Tests.Live;

/// <summary>
/// Every file a page loads is in the gateway's wwwroot as the build left it: the pages' scripts and styles, the
/// door page's service worker and the files it caches (the list the build writes), and the libraries the build
/// restores from npm into wwwroot/lib. A page naming a file the build does not write fails here rather than in a
/// browser at the venue. (A publish is checked by the gateway's own build: it fails when a file of wwwroot is
/// missing from the publish directory.)
/// </summary>
public sealed partial class PageFilesTests
{
    private static readonly string s_webRoot = Path.Combine(RepositoryPaths.Root, "src", "Ise.Gateway", "wwwroot");

    [Fact]
    public void Every_file_a_page_loads_is_in_the_built_web_root()
    {
        var live = Path.Combine(s_webRoot, "live");
        var pages = Directory.GetFiles(live, "*.html").SelectMany(page => PageReference().Matches(File.ReadAllText(page)));
        var scripts = Directory.GetFiles(live, "*.js").SelectMany(script => ScriptReference().Matches(File.ReadAllText(script)));
        var loaded = pages.Concat(scripts)
            .Select(match => match.Groups["path"].Value.Split('?', '#')[0])
            .Where(path => Path.HasExtension(path))
            .Select(path => path.StartsWith('/') ? path : "/live/" + path)
            .Concat(DoorOfflineAssets())
            .ToHashSet(StringComparer.Ordinal);

        // The files written by the build, not kept in git, are among them (else this test would prove nothing about them).
        Assert.Superset(
            new HashSet<string>(["/lib/signalr/signalr.min.js", "/lib/qrcode/qrcode.js", "/lib/jsqr/jsQR.js", "/lib/door-offline/assets.js", "/live/door-sw.js"]),
            loaded);
        var missing = loaded.Where(path => !File.Exists(Path.Combine(s_webRoot, path.TrimStart('/')))).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Loaded by a page but not in wwwroot: " + string.Join(", ", missing));
    }

    /// <summary>What the door page's service worker caches: the list the build writes into wwwroot/lib/door-offline/assets.js.</summary>
    private static IEnumerable<string> DoorOfflineAssets()
    {
        var file = Path.Combine(s_webRoot, "lib", "door-offline", "assets.js");
        Assert.True(File.Exists(file), "The build did not write the door page's offline list (is Node.js installed?).");
        var json = OfflineList().Match(File.ReadAllText(file));
        Assert.True(json.Success, "The door page's offline list is not where the service worker reads it.");
        using var list = JsonDocument.Parse(json.Groups["json"].Value);
        return [.. list.RootElement.GetProperty("assets").EnumerateArray().Select(asset => asset.GetString()!)];
    }

    /// <summary>A page's scripts, styles and same-site links (not data: or other sites).</summary>
    [GeneratedRegex(@"(?:src|href)=""(?<path>(?!data:|https?:|//)[^""]+)""")]
    private static partial Regex PageReference();

    /// <summary>What a script loads by path: the service worker it registers, the scripts a worker imports.</summary>
    [GeneratedRegex("""(?:importScripts|register)\('(?<path>/[^']+)'""")]
    private static partial Regex ScriptReference();

    [GeneratedRegex("""IseDoorOffline = (?<json>\{.*\});""", RegexOptions.Singleline)]
    private static partial Regex OfflineList();
}
