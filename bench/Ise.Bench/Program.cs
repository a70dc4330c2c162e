using Ise.Bench;

var options = BenchOptions.Parse(args);
var figures = new Dictionary<string, Figure>();
ScaleReport? scale = null;
if (options.Runs("P1"))
{
    await MeasureAsync("P1", () => P1InMemoryCheckIns.RunAsync(options));
}

if (options.Runs("P2") || options.Runs("P3"))
{
    var database = await BenchDatabase.CreateAsync(options.PostgresServer);
    var probe = new PostgresProbe(database);
    await using var silo = await BenchSilo.OnPostgresAsync(database);
    if (options.Runs("P2"))
    {
        await MeasureAsync("P2", () => P2DurableCheckIns.RunAsync(options, silo, probe, database));
    }

    if (options.Runs("P3"))
    {
        await MeasureAsync("P3", () => P3EventSizeScaling.RunAsync(options, silo, probe));
    }
}

if (options.Runs("J1"))
{
    var database = await BenchDatabase.CreateAsync(options.PostgresServer);
    await using var silo = await BenchSilo.OnPostgresAsync(database);
    await MeasureAsync("J1", () => J1JournalAppends.RunAsync(options, silo, database));
}

if (options.Runs("I1"))
{
    var database = await BenchDatabase.CreateAsync(options.PostgresServer);
    await using var silo = await BenchSilo.OnPostgresAsync(database);
    await MeasureAsync("I1", () => I1SmeImport.RunAsync(options, silo));
}

if (options.Runs("P4"))
{
    await MeasureAsync("P4", () => P4GraphQLPage.RunAsync(options));
}

if (options.Runs("P5"))
{
    await MeasureAsync("P5", () => P5LiveFanOut.RunAsync(options));
}

if (options.Runs("P6"))
{
    await MeasureAsync("P6", () => P6SmeMemory.RunAsync(options));
}

if (options.Runs("P7"))
{
    await MeasureAsync("P7", () => P7HostileRefusals.RunAsync(options));
}

if (options.Runs("P8"))
{
    await MeasureAsync("P8", () => P8PrecheckCost.RunAsync(options));
}

if (options.Runs("SOAK"))
{
    await MeasureAsync("SOAK", () => SoakMixedLoad.RunAsync(options));
}

if (options.Runs("SCALE"))
{
    scale = await ScaleSimulation.RunAsync(options, soFar => Report.WriteAsync(options.Output, figures, soFar));
}

await Report.WriteAsync(options.Output, figures, scale);
Report.Print(figures, scale);
Console.WriteLine($"\nWritten to {options.Output}");

// Each figure is written as soon as it is measured, so a run stopped later keeps it.
async Task MeasureAsync(string key, Func<Task<Figure>> part)
{
    var (figure, load) = await LoadAverage.AroundAsync(part);
    figures[key] = figure with { Load = load };
    await Report.WriteAsync(options.Output, figures, null);
}
