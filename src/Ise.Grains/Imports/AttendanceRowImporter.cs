using Ise.Errors;
using Ise.Events;
using Ise.Smes;

namespace Ise.Imports;

/// <summary>
/// A row of an event's attendance list names an attendee code (from the badge) or an SME id. While
/// the event is live the row checks the attendee in (an SME without a registration comes in as a
/// walk-in); once it is closed the row records retroactive attendance of a registered attendee.
/// Both are idempotent in the bucket (a second check-in or retroactive record of the same
/// registration changes nothing and says so), so a re-run reports every row unchanged.
/// </summary>
internal sealed class AttendanceRowImporter(IGrainFactory grains, string eventId) : IRowImporter
{
    /// <summary>Walk-ins and waiting lists give seats in the file's order.</summary>
    public bool RowsAreIndependent => false;

    private static readonly int s_code = ImportLayout.Attendance.IndexOf("attendee_code");
    private static readonly int s_sme = ImportLayout.Attendance.IndexOf("sme_id");

    public string? Key(ImportRow row) =>
        Code(row) is { Length: > 0 } code ? (AttendeeCode.TryParse(code, out var parsed) ? parsed.ToString() : null)
        : Sme(row) is { Length: > 0 } sme && IseKeys.TryCountryOfSme(sme, out _) ? sme
        : null;

    public async Task<ImportRowResult> ApplyAsync(ImportRow row)
    {
        var code = Code(row);
        var smeId = Sme(row);
        var subject = code.Length > 0 ? code : smeId;
        try
        {
            if (code.Length == 0 && smeId.Length == 0)
            {
                return Rejected(row, null, "give attendee_code or sme_id");
            }

            var @event = await grains.GetGrain<IEventGrain>(eventId).GetAsync();
            if (code.Length > 0)
            {
                var parsed = AttendeeCode.Parse(code, "attendee_code");
                return parsed.EventId != eventId
                    ? Rejected(row, code, $"attendee_code {ReportText.Quote(code)} is a code of event {parsed.EventId}, not of {eventId}")
                    : await AttendAsync(row, @event, parsed.ToString());
            }

            if (!IseKeys.TryCountryOfSme(smeId, out _))
            {
                return Rejected(row, smeId, $"sme_id: {ReportText.Quote(smeId)} is not an SME id (such as BE-0403170701)");
            }

            var sme = await grains.GetGrain<ISmeGrain>(smeId).FindDetailsAsync();
            if (sme is null)
            {
                return Rejected(row, smeId, $"sme_id: no SME with id {smeId}");
            }

            if (sme.View.MergedInto is { } merged)
            {
                return Rejected(row, smeId, $"sme_id: SME {smeId} was merged into {merged}; use that id");
            }

            if (@event.Status == EventStatus.Live)
            {
                var profile = sme.View.Profile;
                return Result(row, smeId, await grains.GetGrain<IEventGrain>(eventId).WalkInAsync(new Attendee(profile.Id, profile.Country, profile.Region, profile.Sector, null)));
            }

            var bucket = grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(eventId, StableHash.Bucket(smeId, @event.BucketCount)));
            var registration = (await bucket.ListAsync(null)).FirstOrDefault(r => r.Attendee.SmeId == smeId && r.Status != AttendanceStatus.Cancelled);
            return registration is null && @event.Status == EventStatus.Closed
                ? Rejected(row, smeId, $"sme_id: SME {smeId} was not registered for event {eventId}; attendance after the event is recorded for registered attendees only")
                : await AttendAsync(row, @event, registration?.Code ?? "");
        }
        catch (IseException refusal) when (refusal.Code != IseErrorCode.Unavailable)
        {
            // The report names the column the row was read by, as every other rejection does.
            var column = code.Length > 0 ? "attendee_code" : "sme_id";
            return Rejected(row, subject, refusal.Message.StartsWith(column, StringComparison.Ordinal) ? refusal.Message : $"{column}: {refusal.Message}");
        }
    }

    private async Task<ImportRowResult> AttendAsync(ImportRow row, EventView @event, string code)
    {
        switch (@event.Status)
        {
            case EventStatus.Live:
                var parsed = AttendeeCode.Parse(code, "attendee_code");
                return Result(row, code, await grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(eventId, parsed.Bucket)).CheckInAsync(code));
            case EventStatus.Closed:
                var report = await grains.GetGrain<IEventGrain>(eventId).RecordRetroactiveAttendanceAsync([code]);
                return report.Recorded.Count > 0 ? new ImportRowResult(row.Line, ImportRowOutcome.Accepted, code, "attendance recorded retroactively")
                    : report.AlreadyAttended.Count > 0 ? new ImportRowResult(row.Line, ImportRowOutcome.Unchanged, code, "already attended")
                    : Rejected(row, code, report.Refused.Count > 0 ? report.Refused[0].Reason : "refused");
            default:
                return Rejected(row, code, $"event {eventId} is {@event.Status.ToString().ToLowerInvariant()}: attendance is imported while it is live or after it closed");
        }
    }

    private static ImportRowResult Result(ImportRow row, string subject, CheckInResult result) =>
        new(row.Line, result.Outcome == CheckInOutcome.CheckedIn ? ImportRowOutcome.Accepted : ImportRowOutcome.Unchanged,
            result.Registration.Code == subject ? subject : $"{subject} ({result.Registration.Code})", result.Message);

    private static ImportRowResult Rejected(ImportRow row, string? subject, string message) => new(row.Line, ImportRowOutcome.Rejected, subject, message);

    private static string Code(ImportRow row) => row.Values[s_code].Trim();

    private static string Sme(ImportRow row) => row.Values[s_sme].Trim();
}
