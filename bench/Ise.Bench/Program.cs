using Ise.Bench;
using Npgsql;

var options = BenchOptions.Parse(args);
var database = await CreateDatabaseAsync(options.PostgresServer);
var probe = new PostgresProbe(database);
var figures = new Dictionary<string, Figure>
{
    ["P1"] = await P1InMemoryCheckIns.RunAsync(options),
};
await using (var silo = await BenchSilo.OnPostgresAsync(database))
{
    figures["P2"] = await P2DurableCheckIns.RunAsync(options, silo, probe, database);
    figures["P3"] = await P3EventSizeScaling.RunAsync(options, silo, probe);
}

await Report.WriteAsync(options.Output, figures);
Report.Print(figures);
Console.WriteLine($"\nWritten to {options.Output}");

static async Task<string> CreateDatabaseAsync(string server)
{
    var name = "ise_bench_" + Guid.NewGuid().ToString("N")[..8];
    await using var connection = new NpgsqlConnection(server);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
    await command.ExecuteNonQueryAsync();
    return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 200 }.ConnectionString;
}
