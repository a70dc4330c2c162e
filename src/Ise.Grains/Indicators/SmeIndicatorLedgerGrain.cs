using Ise.Effects;
using Ise.Journal;
using Ise.Programme;

namespace Ise.Indicators;

/// <summary>
/// The indicator ledger of one SME (key: the SME id), journaled: where an SME's credits were kept
/// before the SME journaled them itself. It still applies what was addressed to it before then: the
/// inputs of <see cref="IndicatorRules"/> an SME's outbox had not delivered, and the inputs an SME's
/// first journaled event gives it (<see cref="Ise.Smes.SmeCarriedOver"/>), so its credits end where
/// the SME's begin; it works out the credits, compares them with what it had credited, and records the
/// difference as one <see cref="IndicatorCreditsChanged"/> row, which the silo's dispatcher carries to
/// the counter buckets. A ledger stored whole is moved in by <see cref="SmeIndicatorLedgerLegacyConverter"/>,
/// and the credits an SME kept before ledgers existed by <see cref="SmeIndicatorsLegacyMove"/> (or, for an
/// SME that stopped between two writes then, by <see cref="IndicatorLedgerAdoptionEffect"/>); their
/// undelivered changes keep the sender id the buckets knew them by: the SME id with <c>#indicators</c>.
/// </summary>
public sealed class SmeIndicatorLedgerGrain(TimeProvider time)
    : JournaledIseGrain<IndicatorLedgerState, IIndicatorLedgerEvent>, ISmeIndicatorLedgerGrain
{
    /// <summary>The outbox channel whose sender id the counter buckets knew this SME's credits by before the journal.</summary>
    public const string Channel = "indicators";

    /// <summary>The journal stream of the ledger of this SME.</summary>
    public static string Stream(string smeId) => $"indicator-ledger/{smeId}";

    /// <summary>The sender id the counter buckets knew this SME's credits by before the journal.</summary>
    public static string LegacySource(string smeId) => $"{smeId}#{Channel}";

    protected override string StreamName => Stream(this.GetPrimaryKeyString());

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var (effects, through) = InboxLedger.Fresh(batch, State.AppliedThrough.GetValueOrDefault(batch.SourceId));
        if (effects.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var events = new List<IIndicatorLedgerEvent>();
        var credited = State.Credited;
        IndicatorInputsEffect? latest = null;
        for (var i = 0; i < effects.Count; i++)
        {
            switch (effects[i])
            {
                case IndicatorLedgerAdoptionEffect adoption when Version == 0 && i == 0:
                    credited = adoption.Credited.ToDictionary(c => c.Key, StringComparer.Ordinal);
                    events.Add(new IndicatorLedgerCarriedOver(Guid.NewGuid(), now, credited,
                        new Dictionary<string, long>(StringComparer.Ordinal) { [batch.SourceId] = through },
                        LegacySource(this.GetPrimaryKeyString()), adoption.Pending));
                    break;
                case IndicatorLedgerAdoptionEffect:
                    // Handed over again (the SME stopped between its two writes), or after this ledger credited on its own: this ledger is the truth.
                    break;
                case IndicatorInputsEffect inputs:
                    latest = inputs;
                    break;
                default:
                    throw new InvalidOperationException($"An SME indicator ledger cannot apply {effects[i].GetType().Name}.");
            }
        }

        if (latest is { Profile: { } profile })
        {
            var changes = IndicatorLedger.Diff(credited, IndicatorRules.CreditsOf(profile, latest.MergedInto, latest.Journey));
            if (changes.Count > 0)
            {
                var bookedOn = DateOnly.FromDateTime(ProgrammeTime.ToLocal(now, profile.Region));
                events.Add(new IndicatorCreditsChanged(Guid.NewGuid(), now, batch.SourceId, through, profile.Id, profile.Name, bookedOn, changes));
            }
        }

        if (events.Count > 0)
        {
            await RaiseAndConfirmAsync([.. events]);
        }
    }

    protected override void TransitionState(IndicatorLedgerState state, IIndicatorLedgerEvent @event) => state.Apply(@event);
}
