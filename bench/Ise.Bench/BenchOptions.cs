namespace Ise.Bench;

/// <summary>Command line: <c>[--quick] [--output FILE]</c>; PostgreSQL and pgbench come from the environment (bench/run.sh).</summary>
public sealed record BenchOptions(bool Quick, string Output, string PostgresServer, string PgBench)
{
    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(30);

    public TimeSpan Window => Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(60);

    /// <summary>Concurrent callers, the same for every figure and its baseline.</summary>
    public int Concurrency { get; init; } = 64;

    public string Mode => Quick ? "quick" : "full";

    public static BenchOptions Parse(string[] args)
    {
        var output = Path.Combine("bench", "results", "latest.json");
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--output" && i + 1 < args.Length)
            {
                output = args[++i];
            }
        }

        return new BenchOptions(
            args.Contains("--quick"),
            output,
            Environment.GetEnvironmentVariable("ISE_BENCH_POSTGRES") ?? throw new InvalidOperationException("Run the benchmarks with bench/run.sh (ISE_BENCH_POSTGRES is not set)."),
            Environment.GetEnvironmentVariable("ISE_BENCH_PGBENCH") ?? "pgbench");
    }
}
