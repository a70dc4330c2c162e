using Ise.Bench;

var options = BenchOptions.Parse(args);
var figures = new Dictionary<string, Figure>();
ScaleReport? scale = null;
if (options.Runs("P1"))
{
    figures["P1"] = await P1InMemoryCheckIns.RunAsync(options);
}

if (options.Runs("P2") || options.Runs("P3"))
{
    var database = await BenchDatabase.CreateAsync(options.PostgresServer);
    var probe = new PostgresProbe(database);
    await using var silo = await BenchSilo.OnPostgresAsync(database);
    if (options.Runs("P2"))
    {
        figures["P2"] = await P2DurableCheckIns.RunAsync(options, silo, probe, database);
    }

    if (options.Runs("P3"))
    {
        figures["P3"] = await P3EventSizeScaling.RunAsync(options, silo, probe);
    }
}

if (options.Runs("P4"))
{
    figures["P4"] = await P4GraphQLPage.RunAsync(options);
}

if (options.Runs("P5"))
{
    figures["P5"] = await P5LiveFanOut.RunAsync(options);
}

if (options.Runs("P6"))
{
    figures["P6"] = await P6SmeMemory.RunAsync(options);
}

if (options.Runs("SCALE"))
{
    scale = await ScaleSimulation.RunAsync(options);
}

await Report.WriteAsync(options.Output, figures, scale);
Report.Print(figures, scale);
Console.WriteLine($"\nWritten to {options.Output}");
