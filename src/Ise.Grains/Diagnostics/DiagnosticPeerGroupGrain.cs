using Ise.Effects;

namespace Ise.Diagnostics;

/// <summary>
/// The assessed SMEs of one sector or region for one questionnaire version. Each SME's outbox tells
/// it the SME's new scores with the ones they replace, so a repeat assessment moves the SME's
/// contribution instead of adding a second one; repeated deliveries are dropped by the inbox ledger.
/// </summary>
public sealed class DiagnosticPeerGroupGrain(
    [PersistentState("diagnostic-peers", IseKeys.StorageName)] IPersistentState<DiagnosticPeerGroupState> state)
    : Grain, IDiagnosticPeerGroupGrain
{
    private DiagnosticPeerGroupState State => state.State;

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var effects = State.Inbox.Accept(batch);
        if (effects.Count == 0)
        {
            return;
        }

        foreach (var effect in effects.Cast<DiagnosticPeerEffect>())
        {
            foreach (var (metric, tenths) in effect.Previous ?? new Dictionary<string, int>())
            {
                Histogram(metric).Remove(tenths);
            }

            foreach (var (metric, tenths) in effect.Current ?? new Dictionary<string, int>())
            {
                Histogram(metric).Add(tenths);
            }

            State.AssessedSmes += (effect.Current is null ? 0 : 1) - (effect.Previous is null ? 0 : 1);
        }

        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    public Task<PeerMedians> GetMediansAsync() => Task.FromResult(new PeerMedians(
        this.GetPrimaryKeyString(),
        State.AssessedSmes,
        State.Histograms
            .Select(h => (h.Key, Median: h.Value.Median()))
            .Where(h => h.Median is not null)
            .ToDictionary(h => h.Key, h => h.Median!.Value, StringComparer.Ordinal)));

    private PeerHistogram Histogram(string metric)
    {
        if (!State.Histograms.TryGetValue(metric, out var histogram))
        {
            histogram = new PeerHistogram();
            State.Histograms[metric] = histogram;
        }

        return histogram;
    }
}
