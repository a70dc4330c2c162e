using System.Globalization;

namespace Ise.Bench;

/// <summary>The resident memory of another process (<c>VmRSS</c> in <c>/proc/{pid}/status</c>), in MiB; NaN where there is none.</summary>
public static class ProcessMemory
{
    public static double ResidentMebibytes(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kibibytes = double.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kibibytes / 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return double.NaN;
    }
}
