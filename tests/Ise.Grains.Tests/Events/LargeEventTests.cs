using Ise.Events;
using Ise.Indexes;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Events;

[Collection(ClusterCollection.Name)]
public sealed class LargeEventTests(ClusterFixture fixture)
{
    private const int Attendees = 2_000;
    private const int Callers = 64;

    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task A_2000_attendee_event_checked_in_by_many_concurrent_callers_ends_with_exact_counts()
    {
        var @event = await CreateEventAsync(Grains, Attendees, EventStatus.Live, waitingListLimit: 0, kind: ActivityKind.MajorInnovationEvent);
        var attendees = await Task.WhenAll(Enumerable.Range(0, Attendees).Select(_ => RegisterDutchSmeAsync(Grains)));
        var codes = new List<string>();
        foreach (var attendee in attendees)
        {
            codes.Add((await @event.RegisterAsync(attendee, null)).Registration.Code);
        }

        // Every badge is scanned twice, by different callers, in shuffled order.
        var scans = codes.Concat(codes).OrderBy(_ => Random.Shared.Next()).ToList();
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<CheckInOutcome>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < scans.Count)
            {
                outcomes.Add((await BucketOf(Grains, scans[i]).CheckInAsync(scans[i])).Outcome);
            }
        }));

        Assert.Equal(Attendees, outcomes.Count(o => o == CheckInOutcome.CheckedIn));
        Assert.Equal(Attendees, outcomes.Count(o => o == CheckInOutcome.AlreadyCheckedIn));

        var checkedIn = await @event.ListRegistrationsAsync(AttendanceStatus.CheckedIn);
        Assert.Equal(codes.Order(), checkedIn.Select(r => r.Code).Order());

        var eventId = (await @event.GetAsync()).Id;
        var statistics = Grains.GetGrain<IEventStatisticsGrain>(eventId);
        await Eventually.TrueAsync(async () => (await statistics.GetAsync()).CheckedIn == Attendees, TimeSpan.FromSeconds(60), "statistics count every check-in");
        var final = await statistics.GetAsync();
        Assert.Equal((0, Attendees, Attendees), (final.Registered, final.CheckedIn, final.CheckedInByRegion[Region.SouthWestNetherlands]));

        await Eventually.TrueAsync(async () =>
        {
            var journeys = await Task.WhenAll(attendees.Select(a => Grains.GetGrain<ISmeGrain>(a.SmeId).GetJourneyAsync()));
            return journeys.All(j => j.Count(e => e.Kind == JourneyEntryKind.Attended && e.EventId == eventId) == 1);
        }, TimeSpan.FromSeconds(60), "every journey holds exactly one attendance of the event");

        var expected = attendees.Select(a => a.SmeId).ToHashSet();
        await Eventually.TrueAsync(async () =>
        {
            var listed = new HashSet<string>();
            for (var bucket = 0; bucket < IseKeys.IndexBucketCount; bucket++)
            {
                var page = await Grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(IndexName.SmesByStage, "internationalising", bucket)).GetPageAsync(null, 1000);
                listed.UnionWith(page.Members.Where(expected.Contains));
            }

            return listed.Count == Attendees;
        }, TimeSpan.FromSeconds(60), "the stage index lists every attendee as internationalising");
    }
}
