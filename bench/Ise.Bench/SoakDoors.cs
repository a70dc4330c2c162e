using System.Collections.Concurrent;
using Ise.Testing;

namespace Ise.Bench;

/// <summary>
/// The soak's door apps: each checks the next waiting attendee in, and once more than half of all
/// registrations are inside, undoes the oldest check-in instead (a wrong scan), so the events never
/// fill and the load can go on. A code whose request failed goes back where it was.
/// </summary>
public sealed class SoakDoors(GraphQLClient api, IEnumerable<string> codes)
{
    private readonly ConcurrentQueue<string> _waiting = new(codes.OrderBy(_ => Random.Shared.Next()));
    private readonly ConcurrentQueue<string> _inside = new();

    /// <summary>The codes acknowledged as checked in (once every door has stopped).</summary>
    public IReadOnlyCollection<string> Inside => [.. _inside];

    public async Task RunAsync(SoakTally tally, CancellationToken stop)
    {
        var total = _waiting.Count + _inside.Count;

        // Requests are not cancelled with the load: each one ends acknowledged or failed, so the queues say what is inside.
        while (!stop.IsCancellationRequested)
        {
            if (_inside.Count > total / 2 && _inside.TryDequeue(out var leaving))
            {
                var undone = await tally.TryAsync(() => api.DataAsync("mutation($code: String!) { undoCheckIn(code: $code) { status } }", new { code = leaving })) is not null;
                (undone ? _waiting : _inside).Enqueue(leaving);
                if (undone)
                {
                    tally.UndidOne();
                }
            }
            else if (_waiting.TryDequeue(out var arriving))
            {
                var checkedIn = await tally.TryAsync(() => api.DataAsync(ApiScenario.CheckIn, new { code = arriving })) is not null;
                (checkedIn ? _inside : _waiting).Enqueue(arriving);
                if (checkedIn)
                {
                    tally.CheckedIn();
                }
            }
        }
    }
}
