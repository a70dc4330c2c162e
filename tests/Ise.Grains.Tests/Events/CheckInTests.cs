using Ise.Errors;
using Ise.Events;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Events;

[Collection(ClusterCollection.Name)]
public sealed class CheckInTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task A_scan_sent_again_gets_its_first_answer_and_the_check_in_keeps_the_time_it_was_made()
    {
        var scannedAt = DateTimeOffset.UtcNow.AddMinutes(-20); // queued on a device without a network
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live, definition: WorkshopOnTheDayOf(scannedAt, 10));
        var sme = await RegisterDutchSmeAsync(Grains);
        var code = (await @event.RegisterAsync(sme, null)).Registration.Code;
        var bucket = BucketOf(Grains, code);
        var scan = new DoorScan("device-1-scan-7", scannedAt);

        var first = await bucket.CheckInScanAsync(code, scan);
        var replayed = await bucket.CheckInScanAsync(code, scan);
        var anotherScan = await bucket.CheckInScanAsync(code, new DoorScan("device-2-scan-1", DateTimeOffset.UtcNow));

        Assert.Equal(CheckInOutcome.CheckedIn, first.Outcome);
        Assert.Equal(scannedAt, first.Registration.CheckedInAt);
        Assert.Equal(first, replayed);
        Assert.Equal(CheckInOutcome.AlreadyCheckedIn, anotherScan.Outcome);
        Assert.Equal(first.LocalTime, anotherScan.LocalTime);
        var journey = Grains.GetGrain<ISmeGrain>(sme.SmeId);
        await Eventually.TrueAsync(async () => (await journey.GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.Attended && e.OccurredAt == scannedAt),
            TimeSpan.FromSeconds(10), "the journey dates the attendance by the scan");
    }

    [Fact]
    public async Task A_scan_undone_at_the_door_is_refused_when_it_comes_back_and_malformed_scans_change_nothing()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var code = (await @event.RegisterAsync(await RegisterDutchSmeAsync(Grains), null)).Registration.Code;
        var bucket = BucketOf(Grains, code);
        var scan = new DoorScan("scan-a", DateTimeOffset.UtcNow.AddMinutes(-5));
        await bucket.CheckInScanAsync(code, scan);
        await bucket.UndoCheckInAsync(code);

        var undone = await Assert.ThrowsAsync<IseException>(() => bucket.CheckInScanAsync(code, scan));
        var future = await Assert.ThrowsAsync<IseException>(() => bucket.CheckInScanAsync(code, new DoorScan("scan-b", DateTimeOffset.UtcNow.AddHours(1))));
        var badId = await Assert.ThrowsAsync<IseException>(() => bucket.CheckInScanAsync(code, new DoorScan("scan <b>", DateTimeOffset.UtcNow)));
        var tooEarly = await Assert.ThrowsAsync<IseException>(() => bucket.CheckInScanAsync(code, new DoorScan("scan-c", DateTimeOffset.UtcNow.AddDays(-2))));
        var untouched = (await bucket.ListAsync(null)).Single(r => r.Code == code);
        var again = await bucket.CheckInScanAsync(code, new DoorScan("scan-d", DateTimeOffset.UtcNow));

        Assert.Equal((IseErrorCode.Conflict, "scanId"), (undone.Code, undone.Field));
        Assert.Contains("was undone at the door", undone.Message, StringComparison.Ordinal);
        Assert.Equal((IseErrorCode.Validation, "scannedAt"), (future.Code, future.Field));
        Assert.Equal((IseErrorCode.Validation, "scanId"), (badId.Code, badId.Field));
        Assert.Equal((IseErrorCode.Validation, "scannedAt"), (tooEarly.Code, tooEarly.Field));
        Assert.Equal(AttendanceStatus.Registered, untouched.Status);
        Assert.Equal(CheckInOutcome.CheckedIn, again.Outcome);
    }

    [Fact]
    public async Task CheckIn_twice_records_one_check_in_and_says_when()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var sme = await RegisterDutchSmeAsync(Grains);
        var code = (await @event.RegisterAsync(sme, null)).Registration.Code;
        var bucket = BucketOf(Grains, code);

        var first = await bucket.CheckInAsync(code);
        var second = await bucket.CheckInAsync(code);

        Assert.Equal(CheckInOutcome.CheckedIn, first.Outcome);
        Assert.Equal(CheckInOutcome.AlreadyCheckedIn, second.Outcome);
        Assert.Equal($"Already checked in at {first.LocalTime}.", second.Message);
        await WaitForStatisticsAsync(@event, s => s.CheckedIn == 1 && s.Registered == 0);
        await WaitForJourneyAsync(sme.SmeId, j => j.Count(e => e.Kind == JourneyEntryKind.Attended) == 1);
        Assert.Equal(SmeStage.Engaged, (await Grains.GetGrain<ISmeGrain>(sme.SmeId).GetAsync()).Stage.Stage);
    }

    [Fact]
    public async Task Undo_returns_the_attendee_to_registered_and_the_journey_no_longer_counts_it()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var sme = await RegisterDutchSmeAsync(Grains);
        var code = (await @event.RegisterAsync(sme, null)).Registration.Code;
        var bucket = BucketOf(Grains, code);
        await bucket.CheckInAsync(code);

        var undone = await bucket.UndoCheckInAsync(code);

        Assert.Equal(AttendanceStatus.Registered, undone.Status);
        Assert.Null(undone.CheckedInAt);
        await WaitForStatisticsAsync(@event, s => s.CheckedIn == 0 && s.Registered == 1 && s.RecentArrivals.Count == 0);
        await WaitForJourneyAsync(sme.SmeId, j => j.Any(e => e.Kind == JourneyEntryKind.AttendanceUndone));
        var view = await Grains.GetGrain<ISmeGrain>(sme.SmeId).GetAsync();
        Assert.Equal(SmeStage.Aware, view.Stage.Stage);
    }

    [Fact]
    public async Task A_walk_in_is_registered_and_checked_in_in_one_step()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var sme = await RegisterDutchSmeAsync(Grains);

        var result = await @event.WalkInAsync(sme);

        Assert.Equal(CheckInOutcome.CheckedIn, result.Outcome);
        Assert.True(result.Registration.WalkIn);
        Assert.Equal(AttendanceStatus.CheckedIn, result.Registration.Status);
        Assert.Equal(1, (await @event.GetAsync()).Confirmed);
        await WaitForStatisticsAsync(@event, s => s.CheckedIn == 1 && s.WalkIns == 1 && s.RecentArrivals.Single().WalkIn);
        await WaitForJourneyAsync(sme.SmeId, j => j.Any(e => e.Kind == JourneyEntryKind.WalkIn));
    }

    [Fact]
    public async Task A_walk_in_scan_sent_again_is_one_walk_in_dated_by_the_scan()
    {
        var scannedAt = DateTimeOffset.UtcNow.AddMinutes(-12);
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live, definition: WorkshopOnTheDayOf(scannedAt, 10));
        var sme = await RegisterDutchSmeAsync(Grains);
        var scan = new DoorScan("tablet-2-walk-in-4", scannedAt);

        var first = await @event.WalkInScanAsync(sme, scan);
        var replayed = await @event.WalkInScanAsync(sme, scan);

        Assert.Equal(CheckInOutcome.CheckedIn, first.Outcome);
        Assert.Equal(CheckInOutcome.CheckedIn, replayed.Outcome);
        Assert.Equal(first.Registration, replayed.Registration);
        Assert.Equal((scannedAt, scannedAt), (first.Registration.RegisteredAt, first.Registration.CheckedInAt));
        Assert.Equal(first.LocalTime, replayed.LocalTime);
        Assert.Equal(1, (await @event.GetAsync()).Confirmed);
        await WaitForStatisticsAsync(@event, s => s.CheckedIn == 1 && s.WalkIns == 1);
        await WaitForJourneyAsync(sme.SmeId, j => j.Count(e => e.Kind == JourneyEntryKind.WalkIn) == 1 && j.Single(e => e.Kind == JourneyEntryKind.WalkIn).OccurredAt == scannedAt);
    }

    [Fact]
    public async Task Closing_records_no_shows_and_retroactive_attendance_turns_them_into_attended()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var came = await RegisterDutchSmeAsync(Grains);
        var absent = await RegisterDutchSmeAsync(Grains);
        var cameCode = (await @event.RegisterAsync(came, null)).Registration.Code;
        var absentCode = (await @event.RegisterAsync(absent, null)).Registration.Code;
        await BucketOf(Grains, cameCode).CheckInAsync(cameCode);

        await @event.CloseAsync();

        await WaitForStatisticsAsync(@event, s => s.NoShows == 1 && s.CheckedIn == 1);
        await WaitForJourneyAsync(absent.SmeId, j => j.Any(e => e.Kind == JourneyEntryKind.NoShow));

        var unknown = AttendeeCode.New((await @event.GetAsync()).Id, 0).ToString();
        var report = await @event.RecordRetroactiveAttendanceAsync([absentCode, cameCode, unknown, "garbage"]);

        Assert.Equal([absentCode], report.Recorded);
        Assert.Equal([cameCode], report.AlreadyAttended);
        Assert.Equal(2, report.Refused.Count);
        var registration = await BucketOf(Grains, absentCode).FindByCodeAsync(absentCode);
        Assert.True(registration!.Retroactive);
        Assert.Equal(AttendanceStatus.CheckedIn, registration.Status);
        await WaitForStatisticsAsync(@event, s => s.NoShows == 0 && s.CheckedIn == 2);
        await WaitForJourneyAsync(absent.SmeId, j => j.Any(e => e.Kind == JourneyEntryKind.RetroactiveAttendance));
    }

    [Fact]
    public async Task Check_in_refuses_bad_input_with_a_typed_error_and_changes_nothing()
    {
        var open = await CreateEventAsync(Grains, 10, EventStatus.Open);
        var sme = await RegisterDutchSmeAsync(Grains);
        var code = (await open.RegisterAsync(sme, null)).Registration.Code;
        var bucket = BucketOf(Grains, code);

        var notLive = await Assert.ThrowsAsync<IseException>(() => bucket.CheckInAsync(code));
        Assert.Equal(IseErrorCode.Conflict, notLive.Code);
        Assert.Contains("not live", notLive.Message, StringComparison.Ordinal);

        var unknown = await Assert.ThrowsAsync<IseException>(() => bucket.CheckInAsync(code[..^1] + (code[^1] == 'A' ? 'B' : 'A')));
        Assert.Equal(IseErrorCode.NotFound, unknown.Code);

        var malformed = Assert.Throws<IseException>(() => AttendeeCode.Parse("ev-x.0.<script>"));
        Assert.Equal(IseErrorCode.Validation, malformed.Code);
        Assert.Equal("code", malformed.Field);

        Assert.Equal(AttendanceStatus.Registered, (await bucket.FindByCodeAsync(code))!.Status);
    }

    [Fact]
    public async Task Feedback_is_one_per_attendee_and_only_from_attendees()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var sme = await RegisterDutchSmeAsync(Grains);
        var code = (await @event.RegisterAsync(sme, null)).Registration.Code;
        var bucket = BucketOf(Grains, code);

        var beforeAttending = await Assert.ThrowsAsync<IseException>(() => bucket.LeaveFeedbackAsync(code, 5, "great"));
        Assert.Equal(IseErrorCode.Conflict, beforeAttending.Code);
        await bucket.CheckInAsync(code);
        var badRating = await Assert.ThrowsAsync<IseException>(() => bucket.LeaveFeedbackAsync(code, 6, null));
        Assert.Equal("rating", badRating.Field);

        await bucket.LeaveFeedbackAsync(code, 4, "<b>useful</b>");
        var twice = await Assert.ThrowsAsync<IseException>(() => bucket.LeaveFeedbackAsync(code, 5, null));

        Assert.Equal(IseErrorCode.Conflict, twice.Code);
        Assert.Equal("<b>useful</b>", (await bucket.FindByCodeAsync(code))!.Feedback!.Comment);
        await WaitForStatisticsAsync(@event, s => s.FeedbackCount == 1 && s.AverageRating == 4.0);
    }

    private async Task WaitForStatisticsAsync(IEventGrain @event, Func<EventStatistics, bool> condition)
    {
        var statistics = Grains.GetGrain<IEventStatisticsGrain>((await @event.GetAsync()).Id);
        await Eventually.TrueAsync(async () => condition(await statistics.GetAsync()), TimeSpan.FromSeconds(10), "the statistics match");
    }

    private async Task WaitForJourneyAsync(string smeId, Func<IReadOnlyList<JourneyEntry>, bool> condition)
    {
        var sme = Grains.GetGrain<ISmeGrain>(smeId);
        await Eventually.TrueAsync(async () => condition(await sme.GetJourneyAsync()), TimeSpan.FromSeconds(10), "the journey matches");
    }
}
