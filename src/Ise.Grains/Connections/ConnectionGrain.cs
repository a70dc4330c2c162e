using Ise.Errors;
using Ise.Hosting;
using Ise.Journal;
using Ise.Programme;
using Ise.Smes;
using Microsoft.Extensions.Options;

namespace Ise.Connections;

/// <summary>
/// A connection between two SMEs made at an event, journaled. When they meet, one row per SME records it in
/// that SME's journey (the SME is the row's subject, so its journey reads the entry back; cross-border when
/// their countries differ), and the requester's row counts it for the event and the clusters of their sectors.
/// </summary>
public sealed class ConnectionGrain(TimeProvider time, IOptions<ProgrammeOptions> programme)
    : JournaledIseGrain<ConnectionJournalState, IConnectionEvent>, IConnectionGrain, IRemindable
{
    private const int MaxOutcomeLength = 200;

    private string Id => this.GetPrimaryKeyString();

    /// <summary>The journal stream of the connection with this id.</summary>
    public static string Stream(string connectionId) => $"connection/{connectionId}";

    protected override string StreamName => Stream(Id);

    /// <summary>A reminder of the outbox this connection had before the journal: dropped.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => this.DropReminderAsync(reminderName);

    public async Task<ConnectionView> RecordAsync(RecordConnection request)
    {
        if (!ConnectionIds.IsWellFormed(Id))
        {
            throw IseException.Invalid("connectionId", $"'{Id}' is not a connection id.");
        }

        if (request.Requester.SmeId == request.Counterpart.SmeId)
        {
            throw IseException.Invalid("otherSmeId", "An SME does not connect with itself.");
        }

        if (State.View is { } existing)
        {
            return existing.Definition == request
                ? existing
                : throw IseException.Conflict($"Connection {Id} was recorded for other SMEs.", "idempotencyKey");
        }

        var now = time.GetUtcNow();
        await RaiseAndConfirmAsync(new ConnectionRequested(Guid.NewGuid(), now, new ConnectionView(Id, request, ConnectionStatus.Requested, now, null, null, null)));
        return State.View!;
    }

    public async Task<ConnectionView> MarkMetAsync(DateOnly? occurredOn = null, string? recordedBy = null)
    {
        var view = Require();
        if (view.Status == ConnectionStatus.Met)
        {
            return view;
        }

        var now = time.GetUtcNow();
        var request = view.Definition;
        var metAt = EngagementDates.HappenedAt(occurredOn, now, request.EventRegion, programme.Value.StartsOn);
        var rows = new[] { (request.Requester, request.Counterpart), (request.Counterpart, request.Requester) }.Select((pair, i) =>
        {
            var (sme, other) = pair;
            var entry = new JourneyEntry($"{Id}/met/{sme.SmeId}", JourneyEntryKind.Connection, metAt, ProgrammeTime.ToLocal(metAt, request.EventRegion),
                request.HostPartnerId, null, request.EventId, other.Country, Id, $"met {other.SmeId}", now, recordedBy);
            return (IConnectionEvent)new ConnectionMet(Guid.NewGuid(), now, Id, metAt, sme.SmeId, entry, i == 0 ? request : null);
        });
        await RaiseAndConfirmAsync([.. rows]);
        return State.View!;
    }

    public async Task<ConnectionView> RecordOutcomeAsync(string outcome)
    {
        RequireMet("an outcome");
        var trimmed = outcome?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxOutcomeLength)
        {
            throw IseException.Invalid("outcome", $"An outcome has 1 to {MaxOutcomeLength} characters, e.g. \"follow-up planned\", \"deal\", \"no fit\".");
        }

        await RaiseAndConfirmAsync(new ConnectionOutcomeRecorded(Guid.NewGuid(), time.GetUtcNow(), trimmed));
        return State.View!;
    }

    public async Task<ConnectionView> RateFollowUpAsync(int rating)
    {
        RequireMet("a follow-up rating");
        if (rating is < 1 or > 5)
        {
            throw IseException.Invalid("rating", $"rating must be from 1 to 5, not {rating}.");
        }

        await RaiseAndConfirmAsync(new ConnectionFollowUpRated(Guid.NewGuid(), time.GetUtcNow(), rating));
        return State.View!;
    }

    public Task<ConnectionView> GetAsync() => Task.FromResult(Require());

    protected override void TransitionState(ConnectionJournalState state, IConnectionEvent @event) => state.Apply(@event);

    private ConnectionView Require() =>
        State.View ?? throw IseException.NotFound("connectionId", $"No connection with id {Id}.");

    private ConnectionView RequireMet(string what)
    {
        var view = Require();
        return view.Status == ConnectionStatus.Met
            ? view
            : throw IseException.Conflict($"Connection {Id} is only requested: {what} follows a meeting.", "connectionId");
    }
}
