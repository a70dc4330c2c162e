using Ise.Effects;
using Ise.Indicators;
using Ise.Programme;

namespace Ise.Smes;

/// <summary>
/// The SME's part in the programme indicators: after every change of its journey it works out what
/// it should be credited for (<see cref="IndicatorRules"/>), compares with what it was credited for,
/// and sends the difference to the counter buckets through a second outbox kept, with the credits,
/// in its own state ("sme-indicators"). Activation repeats the comparison, so a crash between the
/// journey's write and this one loses nothing.
/// </summary>
public sealed partial class SmeGrain
{
    private const string IndicatorChannel = "indicators";
    private OutboxPump? _indicatorPump;

    private OutboxPump IndicatorPump => _indicatorPump ?? throw new InvalidOperationException("not activated");

    private Task ActivateIndicatorsAsync()
    {
        _indicatorPump = new OutboxPump(this, () => _indicators.State.Outbox, WriteIndicatorsAsync, GrainFactory, _logger, IndicatorChannel);
        _indicatorPump.OnActivated();
        return CreditIndicatorsAsync();
    }

    private async Task CreditIndicatorsAsync()
    {
        var wanted = IndicatorRules.CreditsOf(State.Profile, State.MergedInto, State.Journey);
        var changes = IndicatorLedger.Diff(_indicators.State.Credited, wanted);
        if (changes.Count == 0 || State.Profile is not { } profile)
        {
            return;
        }

        var bookedOn = DateOnly.FromDateTime(ProgrammeTime.ToLocal(_time.GetUtcNow(), profile.Region));
        foreach (var (bucket, effect) in IndicatorLedger.Route(profile.Id, profile.Name, bookedOn, changes))
        {
            _indicators.State.Outbox.Add(EffectTarget.IndicatorBucket, bucket, effect);
        }

        _indicators.State.Credited = new Dictionary<string, IndicatorCredit>(wanted, StringComparer.Ordinal);
        await IndicatorPump.EnsureRecoverableAsync();
        await WriteIndicatorsAsync();
    }

    private Task WriteIndicatorsAsync() => IndicatorPump.WriteAsync(_indicators, DeactivateOnIdle);
}
