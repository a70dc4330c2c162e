using Ise.Effects;
using Ise.Errors;
using Ise.Programme;
using Ise.Smes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ise.Connections;

/// <summary>
/// A connection between two SMEs made at an event. When they meet, its outbox records it in both
/// journeys (cross-border when their countries differ) and counts it for the event and the clusters
/// of their sectors.
/// </summary>
public sealed class ConnectionGrain(
    [PersistentState("connection", IseKeys.StorageName)] IPersistentState<ConnectionState> state,
    TimeProvider time,
    IOptions<ProgrammeOptions> programme,
    ILogger<ConnectionGrain> logger) : Grain, IConnectionGrain, IRemindable
{
    private const int MaxOutcomeLength = 200;
    private OutboxPump? _pump;

    private OutboxPump Pump => _pump ?? throw new InvalidOperationException("not activated");

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _pump = new OutboxPump(this, () => state.State.Outbox, WriteAsync, GrainFactory, logger);
        _pump.OnActivated();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Pump.OnDeactivatingAsync(reason);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == OutboxPump.ReminderName ? Pump.OnReminderAsync() : Task.CompletedTask;

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

        if (state.State.View is { } existing)
        {
            return existing.Definition == request
                ? existing
                : throw IseException.Conflict($"Connection {Id} was recorded for other SMEs.", "idempotencyKey");
        }

        state.State.View = new ConnectionView(Id, request, ConnectionStatus.Requested, time.GetUtcNow(), null, null, null);
        await WriteAsync();
        return state.State.View;
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
        state.State.View = view with { Status = ConnectionStatus.Met, MetAt = metAt };
        foreach (var (sme, other) in new[] { (request.Requester, request.Counterpart), (request.Counterpart, request.Requester) })
        {
            var entry = new JourneyEntry($"{Id}/met/{sme.SmeId}", JourneyEntryKind.Connection, metAt, ProgrammeTime.ToLocal(metAt, request.EventRegion),
                request.HostPartnerId, null, request.EventId, other.Country, Id, $"met {other.SmeId}", now, recordedBy);
            state.State.Outbox.Add(EffectTarget.Sme, sme.SmeId, new JourneyEffect(entry));
        }

        var made = new ConnectionMadeEffect(Id, request.Requester.Country, request.Counterpart.Country);
        state.State.Outbox.Add(EffectTarget.EventStatistics, request.EventId, made);
        foreach (var sector in new[] { request.Requester.Sector, request.Counterpart.Sector }.Distinct())
        {
            state.State.Outbox.Add(EffectTarget.Cluster, ProgrammeCatalog.Describe(sector).Slug, made);
        }

        await Pump.EnsureRecoverableAsync();
        await WriteAsync();
        return state.State.View;
    }

    public async Task<ConnectionView> RecordOutcomeAsync(string outcome)
    {
        var view = RequireMet("an outcome");
        var trimmed = outcome?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxOutcomeLength)
        {
            throw IseException.Invalid("outcome", $"An outcome has 1 to {MaxOutcomeLength} characters, e.g. \"follow-up planned\", \"deal\", \"no fit\".");
        }

        state.State.View = view with { Outcome = trimmed };
        await WriteAsync();
        return state.State.View;
    }

    public async Task<ConnectionView> RateFollowUpAsync(int rating)
    {
        var view = RequireMet("a follow-up rating");
        if (rating is < 1 or > 5)
        {
            throw IseException.Invalid("rating", $"rating must be from 1 to 5, not {rating}.");
        }

        state.State.View = view with { FollowUpRating = rating };
        await WriteAsync();
        return state.State.View;
    }

    public Task<ConnectionView> GetAsync() => Task.FromResult(Require());

    private ConnectionView Require() =>
        state.State.View ?? throw IseException.NotFound("connectionId", $"No connection with id {Id}.");

    private ConnectionView RequireMet(string what)
    {
        var view = Require();
        return view.Status == ConnectionStatus.Met
            ? view
            : throw IseException.Conflict($"Connection {Id} is only requested: {what} follows a meeting.", "connectionId");
    }

    private Task WriteAsync() => Pump.WriteAsync(state, DeactivateOnIdle);
}
