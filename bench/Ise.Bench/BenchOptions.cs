namespace Ise.Bench;

/// <summary>
/// Command line: <c>[--quick] [--output FILE] [--only P1,P4,SCALE] [--p6-smes N]</c>; PostgreSQL and
/// pgbench come from the environment (bench/run.sh). Figures a run leaves out keep their last values
/// in the file. <c>--p6-smes</c> sizes P6 (quick 1,500, full 100,000) for a machine where registering
/// that many would not finish in time; the figure's details say how many were activated.
/// </summary>
public sealed record BenchOptions(bool Quick, string Output, string PostgresServer, string PgBench, IReadOnlySet<string> Only)
{
    public static readonly IReadOnlyList<string> Parts = ["P1", "P2", "P3", "J1", "I1", "P4", "P5", "P6", "P7", "P8", "SOAK", "SCALE"];

    public bool Runs(string part) => Only.Count == 0 || Only.Contains(part);

    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(30);

    public TimeSpan Window => Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(60);

    /// <summary>Concurrent callers, the same for every figure and its baseline.</summary>
    public int Concurrency { get; init; } = 64;

    public string Mode => Quick ? "quick" : "full";

    /// <summary>SMEs P6 registers and activates.</summary>
    public int P6Smes { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var output = Path.Combine("bench", "results", "latest.json");
        var only = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var quick = args.Contains("--quick");
        var p6Smes = quick ? 1_500 : 100_000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--output" && i + 1 < args.Length)
            {
                output = args[++i];
            }
            else if (args[i] == "--only" && i + 1 < args.Length)
            {
                foreach (var part in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    only.Add(Parts.Contains(part, StringComparer.OrdinalIgnoreCase)
                        ? part.ToUpperInvariant()
                        : throw new ArgumentException($"--only: '{part}' is not one of {string.Join(", ", Parts)}."));
                }
            }
            else if (args[i] == "--p6-smes" && i + 1 < args.Length)
            {
                p6Smes = int.TryParse(args[++i], System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1_000
                    ? n
                    : throw new ArgumentException($"--p6-smes: '{args[i]}' is not a whole number of at least 1000.");
            }
            else if (args[i] != "--quick")
            {
                throw new ArgumentException($"Unknown argument '{args[i]}': use [--quick] [--output FILE] [--only {string.Join(",", Parts)}] [--p6-smes N].");
            }
        }

        return new BenchOptions(
            quick,
            output,
            Environment.GetEnvironmentVariable("ISE_BENCH_POSTGRES") ?? throw new InvalidOperationException("Run the benchmarks with bench/run.sh (ISE_BENCH_POSTGRES is not set)."),
            Environment.GetEnvironmentVariable("ISE_BENCH_PGBENCH") ?? "pgbench",
            only)
        {
            P6Smes = p6Smes,
        };
    }
}
