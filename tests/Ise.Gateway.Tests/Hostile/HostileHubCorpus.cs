using Ise.Gateway.Hubs;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// Hostile invocations of every hub method: the payloads of <see cref="HostileCorpus.Payloads"/> as every
/// event id and sector (but those too large for one SignalR message, tested on their own), feed positions out of range, arguments of the wrong type or number, methods that
/// do not exist or are not hub methods; each as a caller who may use the hub.
/// </summary>
public static class HostileHubCorpus
{
    private static readonly (string Key, string HubPath, string[] Methods)[] s_callers =
    [
        ("dev-secretariat", EventHub.Path, ["Join", "Snapshot", "Leave"]),
        ("dev-door-workshop", EventHub.Path, ["Join", "Snapshot", "Leave"]),
        ("dev-secretariat", ClusterHub.Path, ["Join", "Snapshot", "History", "Leave"]),
        ("dev-member-gentse-sensoren", ClusterHub.Path, ["Join", "Snapshot", "History", "Leave"]),
    ];

    /// <summary>SignalR's limit on one message from a client (its default): a larger one closes the connection before any hub code runs.</summary>
    public const int MaxMessageBytes = 32 * 1024;

    public static IReadOnlyList<HostileHubCall> All()
    {
        var corpus = new List<HostileHubCall>();
        foreach (var (key, hub, methods) in s_callers)
        {
            foreach (var method in methods)
            {
                for (var i = 0; i < HostileCorpus.Payloads.Count; i++)
                {
                    if (HostileCorpus.Payloads[i].Length > MaxMessageBytes / 2)
                    {
                        continue;
                    }

                    object?[] arguments = method == "History" ? [HostileCorpus.Payloads[i], 1_000_000L] : [HostileCorpus.Payloads[i]];
                    corpus.Add(new HostileHubCall($"{hub} {method} with payload #{i} as {key}", key, hub, method, arguments));
                }
            }

            corpus.AddRange(WrongArguments(key, hub));
        }

        foreach (var before in new[] { 0L, -1L, long.MinValue })
        {
            corpus.Add(new HostileHubCall($"History before {before}", "dev-secretariat", ClusterHub.Path, "History", ["mechatronics", before]));
        }

        return corpus;
    }

    private static IEnumerable<HostileHubCall> WrongArguments(string key, string hub)
    {
        var wrong = new (string Name, string Method, object?[] Arguments)[]
        {
            ("Join given a number", "Join", [12345]),
            ("Join given an object", "Join", [new { id = "ev-demo-workshop", admin = true }]),
            ("Join given a list", "Join", [new[] { "ev-demo-workshop", "mechatronics" }]),
            ("Join given null", "Join", [null]),
            ("Join given no argument", "Join", []),
            ("Join given two arguments", "Join", ["ev-demo-workshop", "mechatronics"]),
            ("Snapshot given a boolean", "Snapshot", [true]),
            ("History given text for a number", "History", ["mechatronics", "not-a-number"]),
            ("a method that does not exist", "DropEverything", ["x"]),
            ("OnDisconnectedAsync, not a hub method", "OnDisconnectedAsync", [null]),
            ("Dispose, not a hub method", "Dispose", []),
        };
        return wrong.Select(w => new HostileHubCall($"{hub} {w.Name} as {key}", key, hub, w.Method, w.Arguments));
    }
}
