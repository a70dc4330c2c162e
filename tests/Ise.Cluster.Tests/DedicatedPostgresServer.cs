using System.Diagnostics;
using System.Globalization;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// A PostgreSQL server of one test's own — initialised in a fresh temporary directory, listening on a free
/// loopback port — that the test may stop and start again, so the suite's shared server is never restarted.
/// Started as <c>test.sh</c> starts the shared one: as the <c>postgres</c> user when the tests run as root
/// (CI), with the binaries <c>test.sh</c> names in <see cref="BinariesVariable"/> (else <c>pg_config --bindir</c>).
/// </summary>
public sealed class DedicatedPostgresServer : IAsyncDisposable
{
    /// <summary>The directory of PostgreSQL's server binaries (<c>initdb</c>, <c>pg_ctl</c>).</summary>
    public const string BinariesVariable = "ISE_TEST_POSTGRES_BIN";

    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(60);

    private readonly string _binaries;
    private readonly string _directory;
    private readonly int _port;

    private DedicatedPostgresServer(string binaries, string directory, int port)
    {
        _binaries = binaries;
        _directory = directory;
        _port = port;
    }

    /// <summary>The server's <c>postgres</c> database, as the superuser.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={_port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres";

    private string DataDirectory => Path.Combine(_directory, "data");

    private static bool RunningAsRoot => Environment.UserName == "root";

    public static async Task<DedicatedPostgresServer> StartAsync()
    {
        var binaries = await BinariesAsync();
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ise-pg-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        var server = new DedicatedPostgresServer(binaries, directory, FreePort.Next());
        try
        {
            if (RunningAsRoot)
            {
                await RunAsync("chown", "postgres", directory);
            }

            await server.RunAsPostgresAsync("initdb", "-D", server.DataDirectory, "--auth=trust", "-U", "postgres", "-E", "UTF8");
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an empty database on this server and returns a connection string to it.</summary>
    public Task<string> CreateDatabaseAsync(string purpose) => TestPostgres.CreateDatabaseAsync(ConnectionString, purpose);

    /// <summary>Stops the server as an operator's restart does (fast: every session ended, what was committed kept).</summary>
    public Task StopAsync() => RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");

    /// <summary>Starts the server (again) and returns once it accepts connections.</summary>
    public Task StartAgainAsync() =>
        RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_directory, "postgres.log"), "-w", "-o",
            $"-p {_port.ToString(CultureInfo.InvariantCulture)} -k '{_directory}' -c listen_addresses=127.0.0.1 -c max_connections=100", "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // Not running (never started, or stopped by the test).
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Task<string> RunAsPostgresAsync(string program, params string[] arguments)
    {
        var path = Path.Combine(_binaries, program);
        return RunningAsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task<string> BinariesAsync()
    {
        if (Environment.GetEnvironmentVariable(BinariesVariable) is { Length: > 0 } named)
        {
            return named;
        }

        try
        {
            return (await RunAsync("pg_config", "--bindir")).Trim();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{BinariesVariable} is not set and pg_config is missing: run the suite with ./test.sh, which names PostgreSQL's binaries.", ex);
        }
    }

    /// <summary>Runs a program to its end and returns what it printed; a non-zero exit is an <see cref="InvalidOperationException"/> with its output.</summary>
    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        using var timeout = new CancellationTokenSource(s_commandTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}{await output}");
    }
}
