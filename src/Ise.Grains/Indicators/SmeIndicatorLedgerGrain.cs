using Ise.Effects;
using Ise.Programme;
using Microsoft.Extensions.Logging;

namespace Ise.Indicators;

/// <summary>
/// The indicator ledger of one SME (key: the SME id). The SME's outbox sends it the inputs of
/// <see cref="IndicatorRules"/> after every write that changes them; it works out what the SME should
/// be credited for, compares with what it was credited for, and sends the difference to the counter
/// buckets through its own outbox, written with the credits. Its sender id at the buckets is the SME
/// id with <c>#indicators</c>, as when SMEs kept their credits themselves; an SME written then hands
/// its credits and its indicator outbox over once (<see cref="IndicatorLedgerAdoptionEffect"/>).
/// </summary>
public sealed class SmeIndicatorLedgerGrain(
    [PersistentState("sme-indicator-ledger", IseKeys.StorageName)] IPersistentState<SmeIndicatorState> state,
    TimeProvider time,
    ILogger<SmeIndicatorLedgerGrain> logger) : Grain, ISmeIndicatorLedgerGrain, IRemindable
{
    /// <summary>The outbox channel whose sender id the counter buckets know this SME's credits by.</summary>
    public const string Channel = "indicators";

    private OutboxPump? _pump;

    private SmeIndicatorState State => state.State;

    private OutboxPump Pump => _pump ?? throw new InvalidOperationException("not activated");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _pump = new OutboxPump(this, () => State.Outbox, WriteAsync, GrainFactory, logger, Channel);
        _pump.OnActivated();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Pump.OnDeactivatingAsync(reason);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        Pump.Owns(reminderName) ? Pump.OnReminderAsync() : Task.CompletedTask;

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var nothingReceivedBefore = State.Inbox.AppliedThrough.Count == 0;
        var effects = State.Inbox.Accept(batch);
        if (effects.Count == 0)
        {
            return;
        }

        IndicatorInputsEffect? latest = null;
        for (var i = 0; i < effects.Count; i++)
        {
            switch (effects[i])
            {
                case IndicatorLedgerAdoptionEffect adoption when nothingReceivedBefore && i == 0:
                    Adopt(adoption);
                    break;
                case IndicatorLedgerAdoptionEffect:
                    // Handed over again (the SME stopped between its two writes): this ledger is the truth now.
                    break;
                case IndicatorInputsEffect inputs:
                    latest = inputs;
                    break;
                default:
                    throw new InvalidOperationException($"An SME indicator ledger cannot apply {effects[i].GetType().Name}.");
            }
        }

        if (latest is not null)
        {
            Credit(latest);
        }

        if (State.Outbox.Pending.Count > 0)
        {
            await Pump.EnsureRecoverableAsync();
        }

        await WriteAsync();
    }

    private void Adopt(IndicatorLedgerAdoptionEffect adoption)
    {
        State.Credited = adoption.Credited.ToDictionary(c => c.Key, StringComparer.Ordinal);
        State.Outbox = new OutboxState { NextSequence = adoption.NextSequence, Pending = [.. adoption.Pending] };
    }

    /// <summary>Credits what the inputs qualify for, booking the changes on the local date of the SME's region today.</summary>
    private void Credit(IndicatorInputsEffect inputs)
    {
        var wanted = IndicatorRules.CreditsOf(inputs.Profile, inputs.MergedInto, inputs.Journey);
        var changes = IndicatorLedger.Diff(State.Credited, wanted);
        if (changes.Count == 0 || inputs.Profile is not { } profile)
        {
            return;
        }

        var bookedOn = DateOnly.FromDateTime(ProgrammeTime.ToLocal(time.GetUtcNow(), profile.Region));
        foreach (var (bucket, effect) in IndicatorLedger.Route(profile.Id, profile.Name, bookedOn, changes))
        {
            State.Outbox.Add(EffectTarget.IndicatorBucket, bucket, effect);
        }

        State.Credited = new Dictionary<string, IndicatorCredit>(wanted, StringComparer.Ordinal);
    }

    private Task WriteAsync() => Pump.WriteAsync(state, DeactivateOnIdle);
}
