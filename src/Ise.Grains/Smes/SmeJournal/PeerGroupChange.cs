using Ise.Effects;

namespace Ise.Smes;

/// <summary>What an assessment changes in one diagnostic peer group (key: <see cref="IseKeys.DiagnosticPeerGroup"/>).</summary>
[GenerateSerializer, Immutable, Alias("ise.sme.peer-group-change")]
public sealed record PeerGroupChange([property: Id(0)] string Group, [property: Id(1)] DiagnosticPeerEffect Change);
