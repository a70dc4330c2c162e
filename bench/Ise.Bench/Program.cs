using Ise.Bench;

var options = BenchOptions.Parse(args);
var figures = new Dictionary<string, Figure>();
ScaleReport? scale = null;
if (options.Runs("P1"))
{
    figures["P1"] = await MeasuredAsync(() => P1InMemoryCheckIns.RunAsync(options));
}

if (options.Runs("P2") || options.Runs("P3"))
{
    var database = await BenchDatabase.CreateAsync(options.PostgresServer);
    var probe = new PostgresProbe(database);
    await using var silo = await BenchSilo.OnPostgresAsync(database);
    if (options.Runs("P2"))
    {
        figures["P2"] = await MeasuredAsync(() => P2DurableCheckIns.RunAsync(options, silo, probe, database));
    }

    if (options.Runs("P3"))
    {
        figures["P3"] = await MeasuredAsync(() => P3EventSizeScaling.RunAsync(options, silo, probe));
    }
}

if (options.Runs("P4"))
{
    figures["P4"] = await MeasuredAsync(() => P4GraphQLPage.RunAsync(options));
}

if (options.Runs("P5"))
{
    figures["P5"] = await MeasuredAsync(() => P5LiveFanOut.RunAsync(options));
}

if (options.Runs("P6"))
{
    figures["P6"] = await MeasuredAsync(() => P6SmeMemory.RunAsync(options));
}

if (options.Runs("SCALE"))
{
    scale = await ScaleSimulation.RunAsync(options, soFar => Report.WriteAsync(options.Output, figures, soFar));
}

await Report.WriteAsync(options.Output, figures, scale);
Report.Print(figures, scale);
Console.WriteLine($"\nWritten to {options.Output}");

static async Task<Figure> MeasuredAsync(Func<Task<Figure>> part)
{
    var (figure, load) = await LoadAverage.AroundAsync(part);
    return figure with { Load = load };
}
