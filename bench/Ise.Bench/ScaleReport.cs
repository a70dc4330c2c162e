namespace Ise.Bench;

/// <summary>
/// The network-scale simulation: its steps, and how each figure grew from the smaller step to the
/// larger (value at the larger ÷ value at the smaller), written into latest.json as <c>scale</c>.
/// </summary>
public sealed record ScaleReport(
    string Title,
    IReadOnlyList<ScaleStep> Steps,
    IReadOnlyDictionary<string, double> Growth,
    string Machine,
    string Date,
    string Mode,
    string Notes);
