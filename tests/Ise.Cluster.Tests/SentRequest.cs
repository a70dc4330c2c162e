namespace Ise.Cluster.Tests;

/// <summary>One request of a load test: when it was sent, how long its answer took, and whether one came.</summary>
public sealed record SentRequest(TimeSpan SentAt, TimeSpan Took, bool Answered);
