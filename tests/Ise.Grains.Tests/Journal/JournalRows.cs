using System.Text;
using Ise.Journal;

namespace Ise.Grains.Tests.Journal;

/// <summary>Rows, appends and snapshots for journal tests, on fresh stream names.</summary>
internal static class JournalRows
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    public static string NewStream(string kind = "bucket") => $"{kind}/{Guid.NewGuid():N}";

    public static JournalRow Row(string stream, long version, string? subject = null, Guid? eventId = null, string text = "") => new(
        stream, version, eventId ?? Guid.NewGuid(), "CheckedIn", subject,
        Encoding.UTF8.GetBytes(text.Length > 0 ? text : $"{stream}#{version}"), JournalFormats.SystemTextJson, Start.AddSeconds(version));

    /// <summary>An append of <paramref name="count"/> new events after <paramref name="after"/>.</summary>
    public static JournalAppend Append(string stream, long after = 0, int count = 1, string? subject = null, bool snapshot = false)
    {
        var rows = Enumerable.Range(1, count).Select(i => Row(stream, after + i, subject)).ToList();
        return new JournalAppend(stream, rows, snapshot ? Snapshot(stream, after + count) : null);
    }

    public static JournalSnapshot Snapshot(string stream, long version) =>
        new(stream, version, JournalFormats.SystemTextJson, Encoding.UTF8.GetBytes($"state of {stream} at {version}"));

    public static string Text(ReadOnlyMemory<byte> payload) => Encoding.UTF8.GetString(payload.Span);
}
