namespace Ise.Bench;

/// <summary>One sample of the soak: when, each host's resident memory (in the order of the cluster's processes) and the undelivered outbox.</summary>
public sealed record SoakSample(TimeSpan At, IReadOnlyList<double> ResidentMebibytes, long UndeliveredBatches);
