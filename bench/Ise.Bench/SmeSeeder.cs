using System.Globalization;
using Ise.Effects;
using Ise.Events;

namespace Ise.Bench;

/// <summary>
/// Registers SMEs through their grains, each with a journey of a given length: the enrolment the
/// registration records, then attendances at past events delivered in one effect batch, as an
/// attendance bucket's outbox delivers them. Lead partners rotate over the given partners (by
/// default the catalogue's), sectors over the programme's.
/// </summary>
public static class SmeSeeder
{
    public const string HistorySource = "bench/history";

    /// <summary>Registers <paramref name="count"/> SMEs numbered from <paramref name="first"/> (distinct ranges never collide).</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(
        IGrainFactory grains, int first, int count, int journeyEntries, int callers = 32, IReadOnlyList<PartnerInfo>? partners = null)
    {
        partners ??= ProgrammeCatalog.Partners;
        var ids = new string[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            await Task.Yield();
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                ids[i] = await SeedOneAsync(grains, first + i, journeyEntries, partners);
            }
        }));
        return ids;
    }

    public static Sector SectorOf(int number) => ProgrammeCatalog.Sectors[number % ProgrammeCatalog.Sectors.Count].Sector;

    /// <summary>The seeded SME <paramref name="number"/> as an event's attendee.</summary>
    public static Attendee AttendeeOf(int number) => new(IdOf(number), Country.NL, Region.SouthWestNetherlands, SectorOf(number), null);

    // KvK numbers from 20,000,000: apart from the attendees the check-in pool makes up.
    private static string KvkOf(int number) => (20_000_000 + number).ToString(CultureInfo.InvariantCulture);

    public static string IdOf(int number) => IseKeys.Sme(Country.NL, KvkOf(number));

    /// <summary>What registers the seeded SME <paramref name="number"/>.</summary>
    public static RegisterSme CommandOf(int number, IReadOnlyList<PartnerInfo> partners) =>
        new(Country.NL, KvkOf(number), $"Bench firm {number}", Region.SouthWestNetherlands, SectorOf(number), 5 + (number % 200),
            new Money(250_000m + number, Currency.EUR), new Money(100_000m, Currency.EUR), partners[number % partners.Count].Id, []);

    /// <summary>The attendances at past events the seeded SME <paramref name="number"/> gets after its enrolment, oldest first.</summary>
    public static IReadOnlyList<JourneyEntry> HistoryOf(int number, string partnerId, int journeyEntries)
    {
        var start = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(1, journeyEntries - 1).Select(n =>
        {
            var at = start.AddDays(7 * n);
            var eventId = $"ev-bench-history-{n:000}";
            return new JourneyEntry($"{eventId}.0.{number}#{n}", JourneyEntryKind.Attended, at, ProgrammeTime.ToLocal(at, Region.SouthWestNetherlands),
                partnerId, n % 3 == 0 ? ActivityKind.CrossBorderEvent : ActivityKind.SectorWorkshop, eventId, null, null, null);
        })];
    }

    private static async Task<string> SeedOneAsync(IGrainFactory grains, int number, int journeyEntries, IReadOnlyList<PartnerInfo> partners)
    {
        var command = CommandOf(number, partners);
        var id = IdOf(number);
        var sme = grains.GetGrain<ISmeGrain>(id);
        await sme.RegisterAsync(command);
        if (journeyEntries > 1)
        {
            var history = HistoryOf(number, command.LeadPartnerId, journeyEntries).Select((entry, n) => new EffectEnvelope(n + 1, new JourneyEffect(entry))).ToList();
            await sme.ApplyEffectsAsync(new EffectBatch(HistorySource, history));
        }

        return id;
    }

    /// <summary>Waits until an index list holds at least <paramref name="expected"/> members (the SMEs' outboxes delivered).</summary>
    public static async Task WaitForIndexAsync(IGrainFactory grains, IndexName index, string value, int expected, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await IndexSizes.CountAsync(grains, index, value) < expected)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The index {index}/{value} did not reach {expected} members within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(250);
        }
    }
}
