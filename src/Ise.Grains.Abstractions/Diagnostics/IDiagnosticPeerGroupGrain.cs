using Ise.Effects;

namespace Ise.Diagnostics;

/// <summary>
/// The assessed SMEs of one sector or region for one questionnaire version (key:
/// <see cref="IseKeys.DiagnosticPeerGroup"/>): a histogram per axis and dimension, fed by the SMEs'
/// outboxes, from which medians are exact without reading any SME.
/// </summary>
public interface IDiagnosticPeerGroupGrain : IEffectReceiver
{
    Task<PeerMedians> GetMediansAsync();
}
