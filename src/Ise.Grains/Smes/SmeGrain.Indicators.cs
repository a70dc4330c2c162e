using Ise.Effects;
using Ise.Indicators;

namespace Ise.Smes;

/// <summary>
/// The SME's part in the programme indicators: every write that changes what its credits are worked
/// out from (profile, merge, journey) also puts those inputs in its outbox, addressed to its
/// <see cref="ISmeIndicatorLedgerGrain"/>, which keeps the credits and feeds the counter buckets. The
/// SME itself holds no credits. An SME written before the ledgers existed kept them in its own state
/// ("sme-indicators", with a second outbox and reminder): its first activation hands that over to
/// the ledger, then clears it.
/// </summary>
public sealed partial class SmeGrain
{
    /// <summary>The reminder of the second outbox SMEs had before the ledgers existed.</summary>
    private const string LegacyIndicatorReminderName = OutboxPump.ReminderName + "-" + SmeIndicatorLedgerGrain.Channel;

    /// <summary>
    /// The inputs as last put in the outbox: the profile, the merge, and the credits the journey earns (worked
    /// out by the same rules the ledger applies). A journey entry that earns nothing new (a second attendance)
    /// sends nothing, so it costs the ledger no write.
    /// </summary>
    private (SmeProfile? Profile, string? MergedInto, IReadOnlyDictionary<string, IndicatorCredit> Credits) _indicatorInputsSent;

    private async Task ActivateIndicatorsAsync()
    {
        _indicatorInputsSent = IndicatorInputsNow();
        var legacy = _legacyIndicators.State;
        if (legacy.Credited.Count == 0 && legacy.Outbox.NextSequence == 1)
        {
            return;
        }

        State.Outbox.Add(EffectTarget.SmeIndicatorLedger, this.GetPrimaryKeyString(),
            new IndicatorLedgerAdoptionEffect([.. legacy.Credited.Values], legacy.Outbox.NextSequence, [.. legacy.Outbox.Pending]));
        SendIndicatorInputs();
        await Pump.EnsureRecoverableAsync();
        await WriteSmeAsync();
        await _legacyIndicators.ClearStateAsync();
        await DropLegacyIndicatorReminderAsync();
    }

    /// <summary>Before a write of the SME's state: adds the indicator inputs to it when they changed.</summary>
    private async Task SendIndicatorInputsIfChangedAsync()
    {
        var now = IndicatorInputsNow();
        if (now.Profile != _indicatorInputsSent.Profile || now.MergedInto != _indicatorInputsSent.MergedInto
            || IndicatorLedger.Diff(_indicatorInputsSent.Credits, now.Credits).Count > 0)
        {
            SendIndicatorInputs();
            await Pump.EnsureRecoverableAsync();
        }
    }

    private void SendIndicatorInputs()
    {
        State.Outbox.Add(EffectTarget.SmeIndicatorLedger, this.GetPrimaryKeyString(),
            new IndicatorInputsEffect(State.Profile, State.MergedInto, State.MergedInto is null ? [.. State.Journey] : []));
        _indicatorInputsSent = IndicatorInputsNow();
    }

    private (SmeProfile? Profile, string? MergedInto, IReadOnlyDictionary<string, IndicatorCredit> Credits) IndicatorInputsNow() =>
        (State.Profile, State.MergedInto, IndicatorRules.CreditsOf(State.Profile, State.MergedInto, State.Journey));

    private async Task DropLegacyIndicatorReminderAsync()
    {
        if (await this.GetReminder(LegacyIndicatorReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
