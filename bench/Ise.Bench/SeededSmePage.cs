namespace Ise.Bench;

/// <summary>
/// The gateway of P4 and P8 (<see cref="ApiHost"/>) holding the SMEs their request pages through: 840 SMEs with
/// journeys of <see cref="SmePageReader.JourneyEntries"/> entries, more than two pages of them in the
/// <see cref="Measured"/> sector, indexed before it is handed over; <see cref="Query"/> asks for that sector's
/// first page of <see cref="SmePageReader.PageSize"/>.
/// </summary>
public sealed class SeededSmePage : IAsyncDisposable
{
    public const Sector Measured = Sector.Mechatronics;

    // Two pages and more of the measured sector, so the page is one of a longer list.
    private const int Smes = 4 * 2 * SmePageReader.PageSize + 40;

    private SeededSmePage(ApiHost api, int registered, int inSector)
    {
        Api = api;
        Registered = registered;
        InSector = inSector;
    }

    public ApiHost Api { get; }

    public int Registered { get; }

    public int InSector { get; }

    public static string Query { get; } = SmePageReader.Query(Measured);

    /// <summary>How many SMEs the gateway holds, and how many of them the request's sector has.</summary>
    public string Described => $"{Registered} SMEs, {InSector} in the sector asked for";

    public static async Task<SeededSmePage> StartAsync(string part)
    {
        var api = await ApiHost.StartAsync();
        try
        {
            Console.WriteLine($"{part}: registering {Smes:N0} SMEs with journeys of {SmePageReader.JourneyEntries}...");
            var ids = await SmeSeeder.SeedAsync(api.Grains, 0, Smes, SmePageReader.JourneyEntries);
            var inSector = Enumerable.Range(0, Smes).Count(n => SmeSeeder.SectorOf(n) == Measured);
            await SmeSeeder.WaitForIndexAsync(api.Grains, IndexName.SmesBySector, ProgrammeCatalog.Describe(Measured).Slug, inSector, TimeSpan.FromMinutes(2));
            return new SeededSmePage(api, ids.Count, inSector);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Api.DisposeAsync();
}
