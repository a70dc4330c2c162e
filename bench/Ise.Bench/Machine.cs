using System.Globalization;

namespace Ise.Bench;

/// <summary>The machine a figure was measured on.</summary>
public static class Machine
{
    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0.#} GiB, {Environment.OSVersion.VersionString}");
}
