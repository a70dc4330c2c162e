namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>One axis or dimension: the SME's percentage and its peer group's median (none before the group has counted it).</summary>
public sealed record PeerScore(string Id, decimal Own, decimal? Median);
