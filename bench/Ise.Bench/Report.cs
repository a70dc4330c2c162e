using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ise.Bench;

/// <summary>
/// Writes the figures into latest.json, keyed P1 … P8, J1 and I1, and the scale simulation as <c>scale</c>,
/// keeping what this file held that the run did not measure, and prints them as tables.
/// </summary>
public static class Report
{
    // The report is read by people and diffed in commits, never embedded in a page: ÷, → and quotes stay as they are.
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public const string ScaleKey = "scale";

    public static async Task WriteAsync(string path, IReadOnlyDictionary<string, Figure> figures, ScaleReport? scale)
    {
        var document = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path))?.AsObject() ?? [] : [];
        foreach (var (key, figure) in figures)
        {
            document[key] = JsonSerializer.SerializeToNode(figure, s_json);
        }

        if (scale is not null)
        {
            document[ScaleKey] = JsonSerializer.SerializeToNode(scale, s_json);
        }

        var ordered = new JsonObject();
        foreach (var key in document.Select(p => p.Key).Order(StringComparer.Ordinal).ToList())
        {
            ordered[key] = document[key]!.DeepClone();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, ordered.ToJsonString(s_json) + "\n");
    }

    public static void Print(IReadOnlyDictionary<string, Figure> figures, ScaleReport? scale)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"figure",-6} {"value",14} {"baseline",14} {"ratio",8} {"goal",8} {"met",4}  unit"));
        foreach (var (key, f) in figures.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{key,-6} {f.Value,14:0.###} {f.Baseline,14:0.###} {f.Ratio,8:0.###} {f.Goal,8} {(f.Met ? "yes" : "NO"),4}  {f.Unit}; {f.Load}"));
            foreach (var (name, value) in f.Details)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"         {name}: {value:0.###}"));
            }
        }

        if (scale is null)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine(scale.Title);
        foreach (var step in scale.Steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {step.Scale}: {step.Smes:N0} SMEs, {step.Partners} partners, {step.LiveEvents} live events; {step.Load}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"figure",-28} {string.Join(" ", scale.Steps.Select(s => $"{s.Scale,14}"))} {"growth",8}"));
        foreach (var name in scale.Steps[0].Figures.Keys)
        {
            var growth = scale.Growth.TryGetValue(name, out var g) ? g : double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-28} {string.Join(" ", scale.Steps.Select(s => $"{s.Figures[name],14:0.###}"))} {growth,8:0.###}"));
        }
    }
}
