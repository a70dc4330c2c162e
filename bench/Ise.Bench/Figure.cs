using System.Text.Json.Serialization;

namespace Ise.Bench;

/// <summary>One benchmark figure: a value, the baseline measured in the same run, their ratio against a goal.</summary>
public sealed record Figure(
    string Title,
    double Value,
    double Baseline,
    string Unit,
    string Goal,
    bool Met,
    string Machine,
    string Date,
    string Mode,
    IReadOnlyDictionary<string, double> Details,
    string Notes)
{
    [JsonPropertyOrder(-1)]
    public double Ratio => Baseline == 0 ? double.NaN : Math.Round(Value / Baseline, 3);

    /// <summary>The machine's load while this figure was measured (set by the runner).</summary>
    public LoadAverage? Load { get; init; }
}
