namespace Ise.Effects;

/// <summary>
/// An SME's scores entering a peer group, replacing its previous contribution to that group (null
/// when it had none) or leaving it (<see cref="Current"/> null). Scores are tenths of a percent by
/// axis and dimension id.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.effect.diagnostic-peer")]
public sealed record DiagnosticPeerEffect(
    [property: Id(0)] string SmeId,
    [property: Id(1)] IReadOnlyDictionary<string, int>? Previous,
    [property: Id(2)] IReadOnlyDictionary<string, int>? Current) : Effect;
