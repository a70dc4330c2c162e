using Ise.Errors;
using Ise.Events;
using Ise.Smes;

namespace Ise.Imports;

/// <summary>
/// A row of an event's attendance list names an attendee code (from the badge) or an SME id, and may say what
/// became of it (<c>status</c>: attended, the default; walk-in; no-show). While the event is live the row checks
/// the attendee in (an SME without a registration comes in as a walk-in); a no-show is refused, since closing
/// marks them. Once it is closed (a past event loaded by the history import included) the row records it after
/// the event, dated by the event's date: a code's registration attended (or confirmed a no-show); an SME as
/// attended, walk-in or no-show, registered for the record when it had no registration
/// (<see cref="IEventGrain.RecordPastAttendanceAsync"/>). Everything is idempotent in the bucket (a second check-in
/// or record of the same registration changes nothing and says so), so a re-run reports every row unchanged.
/// </summary>
internal sealed class AttendanceRowImporter(IGrainFactory grains, string eventId, string recordedBy) : IRowImporter
{
    /// <summary>Walk-ins and waiting lists give seats in the file's order.</summary>
    public bool RowsAreIndependent => false;

    private static readonly int s_code = ImportLayout.Attendance.IndexOf("attendee_code");
    private static readonly int s_sme = ImportLayout.Attendance.IndexOf("sme_id");
    private static readonly int s_status = ImportLayout.Attendance.IndexOf("status");

    private static readonly Dictionary<string, PastAttendance> s_statuses = new(StringComparer.Ordinal)
    {
        [""] = PastAttendance.Attended, ["attended"] = PastAttendance.Attended, ["present"] = PastAttendance.Attended, ["checkedin"] = PastAttendance.Attended,
        ["yes"] = PastAttendance.Attended, ["aanwezig"] = PastAttendance.Attended, ["oui"] = PastAttendance.Attended, ["ja"] = PastAttendance.Attended,
        ["walkin"] = PastAttendance.WalkIn, ["sansinscription"] = PastAttendance.WalkIn, ["zonderinschrijving"] = PastAttendance.WalkIn,
        ["noshow"] = PastAttendance.NoShow, ["absent"] = PastAttendance.NoShow, ["afwezig"] = PastAttendance.NoShow, ["no"] = PastAttendance.NoShow,
        ["non"] = PastAttendance.NoShow, ["nee"] = PastAttendance.NoShow,
    };

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

            if (!s_statuses.TryGetValue(ImportLayout.Key(row.Values[s_status]), out var status))
            {
                return Rejected(row, subject, $"status: {ReportText.Quote(row.Values[s_status].Trim())} is not attended, walk-in or no-show");
            }

            var @event = await grains.GetGrain<IEventGrain>(eventId).GetAsync();
            if (status == PastAttendance.NoShow && @event.Status == EventStatus.Live)
            {
                return Rejected(row, subject, "status: no-shows are recorded once the event is closed (closing marks everyone registered who did not come)");
            }

            if (code.Length > 0)
            {
                var parsed = AttendeeCode.Parse(code, "attendee_code");
                return parsed.EventId != eventId
                    ? Rejected(row, code, $"attendee_code {ReportText.Quote(code)} is a code of event {parsed.EventId}, not of {eventId}")
                    : await AttendAsync(row, @event, parsed.ToString(), status);
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

            var profile = sme.View.Profile;
            var attendee = new Attendee(profile.Id, profile.Country, profile.Region, profile.Sector, null);
            switch (@event.Status)
            {
                case EventStatus.Live:
                    return Result(row, smeId, await grains.GetGrain<IEventGrain>(eventId).WalkInAsync(attendee));
                case EventStatus.Closed:
                    var recorded = await grains.GetGrain<IEventGrain>(eventId).RecordPastAttendanceAsync(attendee, status, recordedBy);
                    return new ImportRowResult(row.Line, recorded.Changed ? ImportRowOutcome.Accepted : ImportRowOutcome.Unchanged, $"{smeId} ({recorded.Registration.Code})", recorded.Message);
                default:
                    return await AttendAsync(row, @event, "", status);
            }
        }
        catch (IseException refusal) when (refusal.Code != IseErrorCode.Unavailable)
        {
            // The report names the column the row was read by, as every other rejection does.
            var column = refusal.Field == "status" ? "status" : code.Length > 0 ? "attendee_code" : "sme_id";
            return Rejected(row, subject, refusal.Message.StartsWith(column, StringComparison.Ordinal) ? refusal.Message : $"{column}: {refusal.Message}");
        }
    }

    private async Task<ImportRowResult> AttendAsync(ImportRow row, EventView @event, string code, PastAttendance status)
    {
        switch (@event.Status)
        {
            case EventStatus.Live:
                var parsed = AttendeeCode.Parse(code, "attendee_code");
                return Result(row, code, await grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(eventId, parsed.Bucket)).CheckInAsync(code));
            case EventStatus.Closed when status == PastAttendance.NoShow:
                var registration = await grains.GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(eventId, AttendeeCode.Parse(code, "attendee_code").Bucket)).FindByCodeAsync(code);
                return registration?.Status == AttendanceStatus.NoShow
                    ? new ImportRowResult(row.Line, ImportRowOutcome.Unchanged, code, "already a no-show")
                    : Rejected(row, code, registration is null ? "unknown attendee code" : "status: the list says no-show, but the registration is not one: an attendance recorded is not undone after the event");
            case EventStatus.Closed:
                var report = await grains.GetGrain<IEventGrain>(eventId).RecordRetroactiveAttendanceAsync([code], null, recordedBy);
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
