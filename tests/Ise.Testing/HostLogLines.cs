using System.Text.RegularExpressions;

namespace Ise.Testing;

/// <summary>What a host process's console log lines say (the hosts log one line per entry, level after the time stamp).</summary>
public static partial class HostLogLines
{
    public static bool IsWarningOrWorse(string line) => WarningOrWorse().IsMatch(line);

    public static bool IsErrorOrWorse(string line) => ErrorOrWorse().IsMatch(line);

    /// <summary>The lines from the host's announcement that it is shutting down; throws when it never said so.</summary>
    public static IReadOnlyList<string> FromShutdown(IReadOnlyCollection<string> output)
    {
        var lines = output.ToList();
        var stopping = lines.FindIndex(line => line.Contains("Application is shutting down", StringComparison.Ordinal));
        return stopping >= 0 ? lines[stopping..] : throw new InvalidOperationException("The host never said it was shutting down:\n" + string.Join('\n', lines));
    }

    [GeneratedRegex(@"^\S+ (warn|fail|crit): ")]
    private static partial Regex WarningOrWorse();

    [GeneratedRegex(@"^\S+ (fail|crit): ")]
    private static partial Regex ErrorOrWorse();
}
