using System.Globalization;

namespace Ise.Bench;

/// <summary>
/// The machine's one-minute load average when a part of the run started and when it ended (from
/// <c>/proc/loadavg</c>; NaN where there is none), reported next to its figures: other work on the
/// machine slows a figure and its baseline alike, but not always in proportion.
/// </summary>
public sealed record LoadAverage(double AtStart, double AtEnd)
{
    public static double Now()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
        catch (UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }

    /// <summary>Runs a part of the benchmark and returns what it measured with the load around it.</summary>
    public static async Task<(T Result, LoadAverage Load)> AroundAsync<T>(Func<Task<T>> part)
    {
        var atStart = Now();
        var result = await part();
        return (result, new LoadAverage(atStart, Now()));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"load average {AtStart:0.##} → {AtEnd:0.##}");
}
