using System.Globalization;
using Ise.Effects;
using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;

namespace Ise.Grains.Tests.Indicators;

/// <summary>
/// A generated programme: hundreds of SMEs in every region attend overlapping events over three
/// years (some attendances undone, some no-shows later attended), have diagnostics, connections and
/// cluster joins, delivered to their grains in shuffled batches so first dates move earlier and
/// credits are withdrawn and given again. The test works out the true de-duplicated counts on its
/// own and compares every indicator, cell and period exactly.
/// </summary>
[Collection(IndicatorClusterCollection.Name)]
public sealed class GeneratedProgrammeTests(ClusterFixture fixture)
{
    private const int SmeCount = 300;
    private const int EventCount = 40;
    private static readonly Region[] s_regions = Enum.GetValues<Region>();
    private static readonly ActivityKind[] s_eventKinds =
        [ActivityKind.TasterSession, ActivityKind.SectorWorkshop, ActivityKind.CrossBorderEvent, ActivityKind.MajorInnovationEvent];

    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task Figures_equal_the_true_deduplicated_counts_in_every_period_and_breakdown()
    {
        var random = new Random(8);
        var events = Enumerable.Range(0, EventCount).Select(i => new GeneratedEvent(
            $"ev-gen-{i}", s_eventKinds[random.Next(s_eventKinds.Length)], ProgrammeCatalog.Partners[random.Next(ProgrammeCatalog.Partners.Count)].Id,
            new DateTime(2010, 1, 1, 9, 0, 0).AddDays(random.Next(3 * 365)).AddHours(random.Next(10)))).ToList();
        var smes = new List<(SmeProfile Profile, List<JourneyEntry> Journey)>();
        for (var i = 0; i < SmeCount; i++)
        {
            var profile = await RegisterAsync(i, random);
            smes.Add((profile, Generate(i, profile, events, random)));
        }

        await Task.WhenAll(smes.Select((s, i) => DeliverShuffledAsync(s.Profile.Id, s.Journey, new Random(i))));

        var expected = Expected(smes);
        var periods = expected.Keys.Select(k => k.Period).Distinct().ToList();
        Assert.Contains(ReportingPeriod.ProgrammeKey, periods);
        Assert.True(periods.Count > 30, $"the programme spans many periods ({periods.Count})");
        var reader = new IndicatorReader(Grains);
        var all = Enum.GetValues<IndicatorDimension>();
        string? difference = null;
        await Eventually.TrueAsync(async () =>
        {
            difference = null;
            foreach (var key in periods)
            {
                var report = await reader.ReadAsync(ReportingPeriod.Parse(key, "period"), all);
                foreach (var figure in report.Figures)
                {
                    var want = expected.GetValueOrDefault((key, figure.Indicator, figure.Cell));
                    if (figure.Count != want || figure.Adjustment != 0)
                    {
                        difference = $"{key} {figure.Indicator} {figure.Cell}: {figure.Count} (+{figure.Adjustment}), expected {want}";
                        return false;
                    }
                }
            }

            return true;
        }, TimeSpan.FromSeconds(90), "every figure equals the true count");
        Assert.Null(difference);

        var programme = await reader.ReadAsync(ReportingPeriod.Programme, all);
        var supported = smes.Count(s => TrueFirstDate(s.Profile, s.Journey) is not null);
        Assert.Equal(supported, programme.Find(Indicator.EnterprisesSupported, IndicatorCells.Total)!.Count);
        Assert.True(programme.Figures.Where(f => f.Indicator == Indicator.EnterprisesSupported && f.Dimension == IndicatorDimension.Partner).Sum(f => f.Count) > supported,
            "partner cells add up to more than the total");

        var evidence = await reader.AllEvidenceAsync(ReportingPeriod.Programme,
            e => e.Indicator == Indicator.EnterprisesSupported && e.Cells.Contains(IndicatorCells.Total)).ToListAsync();
        var standing = evidence.GroupBy(e => e.SubjectId).Where(g => g.Sum(e => e.Delta) == 1).ToDictionary(g => g.Key, g => g.Last(e => e.Delta == 1).Date);
        Assert.Equal(supported, standing.Count);
        foreach (var (profile, journey) in smes.Where(s => TrueFirstDate(s.Profile, s.Journey) is not null))
        {
            Assert.Equal(TrueFirstDate(profile, journey), standing[profile.Id]);
        }
    }

    private async Task<SmeProfile> RegisterAsync(int i, Random random)
    {
        var region = s_regions[i % s_regions.Length];
        var country = ProgrammeCatalog.Describe(region).Country;
        var companyId = CompanyId(country, i);
        var staff = new[] { 4, 25, 140 }[random.Next(3)];
        var command = new RegisterSme(country, companyId, $"Generated firm {i}", region, ProgrammeCatalog.Sectors[random.Next(4)].Sector, staff,
            new Money(1_000_000m, Currency.EUR), new Money(500_000m, Currency.EUR), ProgrammeCatalog.Partners[random.Next(ProgrammeCatalog.Partners.Count)].Id, []);
        var id = IseKeys.Sme(country, companyId);
        await Grains.GetGrain<ISmeGrain>(id).RegisterAsync(command);
        return (await Grains.GetGrain<ISmeGrain>(id).GetAsync()).Profile;
    }

    private static List<JourneyEntry> Generate(int sme, SmeProfile profile, List<GeneratedEvent> events, Random random)
    {
        var journey = new List<JourneyEntry>();
        JourneyEntry At(string id, JourneyEntryKind kind, GeneratedEvent e) =>
            new(id, kind, new DateTimeOffset(e.Local, TimeSpan.Zero), e.Local, e.Partner, e.Kind, e.Id, null, null, null);

        for (var j = random.Next(6); j > 0; j--)
        {
            var e = events[random.Next(events.Count)];
            var kind = new[] { JourneyEntryKind.Attended, JourneyEntryKind.WalkIn, JourneyEntryKind.RetroactiveAttendance }[random.Next(3)];
            var attended = At($"g{sme}-a{j}#1", kind, e);
            journey.Add(attended);
            if (kind == JourneyEntryKind.Attended && random.Next(5) == 0)
            {
                journey.Add(At($"g{sme}-a{j}#2", JourneyEntryKind.AttendanceUndone, e) with { Reference = attended.Id });
            }
        }

        for (var j = random.Next(3); j > 0; j--)
        {
            var e = events[random.Next(events.Count)];
            journey.Add(At($"g{sme}-n{j}#1", JourneyEntryKind.NoShow, e));
            if (random.Next(3) == 0)
            {
                journey.Add(At($"g{sme}-n{j}#2", JourneyEntryKind.RetroactiveAttendance, e));
            }
        }

        if (random.Next(4) == 0)
        {
            for (var j = random.Next(1, 3); j > 0; j--)
            {
                var e = events[random.Next(events.Count)];
                journey.Add(At($"g{sme}-d{j}", JourneyEntryKind.Diagnostic, e) with { Activity = null, EventId = null });
            }
        }

        for (var j = random.Next(10) < 3 ? random.Next(1, 3) : 0; j > 0; j--)
        {
            var e = events[random.Next(events.Count)];
            journey.Add(At($"g{sme}-c{j}/met", JourneyEntryKind.Connection, e) with { Activity = null, CounterpartCountry = (Country)random.Next(4) });
        }

        if (random.Next(7) == 0)
        {
            var e = events[random.Next(events.Count)];
            journey.Add(At($"g{sme}-join", JourneyEntryKind.ClusterJoined, e) with
            {
                Activity = ActivityKind.ClusterMembership, EventId = null, PartnerId = profile.LeadPartnerId, Reference = "mechatronics",
            });
        }

        return journey;
    }

    /// <summary>Delivers the journey as the outboxes would: in a few batches, in shuffled order.</summary>
    private async Task DeliverShuffledAsync(string smeId, List<JourneyEntry> journey, Random random)
    {
        var shuffled = journey.OrderBy(_ => random.Next()).ToList();
        var sequence = 0L;
        foreach (var chunk in shuffled.Chunk(Math.Max(1, (shuffled.Count + 2) / 3)))
        {
            var envelopes = chunk.Select(e => new EffectEnvelope(++sequence, new JourneyEffect(e))).ToList();
            await Grains.GetGrain<ISmeGrain>(smeId).ApplyEffectsAsync(new EffectBatch($"generator-{smeId}", envelopes));
        }
    }

    /// <summary>The true counts, worked out from the generated journeys without the platform's rules.</summary>
    private static Dictionary<(string Period, Indicator Indicator, string Cell), int> Expected(List<(SmeProfile Profile, List<JourneyEntry> Journey)> smes)
    {
        var counts = new Dictionary<(string, Indicator, string), int>();
        void Count(Indicator indicator, string cell, DateOnly date)
        {
            foreach (var kind in ReportingPeriod.Kinds)
            {
                var key = (ReportingPeriod.Of(kind, date).Key, indicator, cell);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (profile, journey) in smes)
        {
            var byIndicator = Qualifying(profile, journey);
            foreach (var (indicator, entries) in byIndicator)
            {
                if (indicator is Indicator.CrossBorderParticipations or Indicator.Attendances or Indicator.WalkIns or Indicator.NoShows)
                {
                    foreach (var entry in entries)
                    {
                        foreach (var cell in Cells(profile, entry))
                        {
                            Count(indicator, cell, DateOnly.FromDateTime(entry.LocalTime));
                        }
                    }

                    continue;
                }

                foreach (var cell in entries.SelectMany(e => Cells(profile, e)).Distinct())
                {
                    Count(indicator, cell, entries.Where(e => Cells(profile, e).Contains(cell)).Min(e => DateOnly.FromDateTime(e.LocalTime)));
                }
            }
        }

        return counts;
    }

    private static DateOnly? TrueFirstDate(SmeProfile profile, List<JourneyEntry> journey) =>
        Qualifying(profile, journey)[Indicator.EnterprisesSupported] is { Count: > 0 } entries ? entries.Min(e => DateOnly.FromDateTime(e.LocalTime)) : null;

    private static Dictionary<Indicator, List<JourneyEntry>> Qualifying(SmeProfile profile, List<JourneyEntry> journey)
    {
        var undone = journey.Where(e => e.Kind == JourneyEntryKind.AttendanceUndone).Select(e => e.Reference).ToHashSet();
        var attended = journey.Where(e => e.Kind is JourneyEntryKind.Attended or JourneyEntryKind.WalkIn or JourneyEntryKind.RetroactiveAttendance && !undone.Contains(e.Id)).ToList();
        var registrationsAttended = attended.Select(e => e.Id.Split('#')[0]).ToHashSet();
        var diagnostics = journey.Where(e => e.Kind == JourneyEntryKind.Diagnostic).ToList();
        var connections = journey.Where(e => e.Kind == JourneyEntryKind.Connection).ToList();
        var joins = journey.Where(e => e.Kind == JourneyEntryKind.ClusterJoined).ToList();
        return new Dictionary<Indicator, List<JourneyEntry>>
        {
            [Indicator.EnterprisesSupported] = [.. attended, .. diagnostics, .. connections, .. joins],
            [Indicator.EnterprisesNonFinancialSupport] = [.. attended, .. diagnostics],
            [Indicator.EnterprisesAssessed] = diagnostics,
            [Indicator.OrganisationsCooperating] = [.. connections.Where(e => e.CounterpartCountry != profile.Country)],
            [Indicator.ClusterMembers] = joins,
            [Indicator.CrossBorderParticipations] = [.. attended.Where(e => e.Activity == ActivityKind.CrossBorderEvent)],
            [Indicator.Attendances] = attended,
            [Indicator.WalkIns] = [.. attended.Where(e => e.Kind == JourneyEntryKind.WalkIn)],
            [Indicator.NoShows] = [.. journey.Where(e => e.Kind == JourneyEntryKind.NoShow && !registrationsAttended.Contains(e.Id.Split('#')[0]))],
        };
    }

    private static IEnumerable<string> Cells(SmeProfile profile, JourneyEntry entry)
    {
        yield return "total";
        yield return "region:" + ProgrammeCatalog.Describe(profile.Region).Slug;
        yield return "sector:" + ProgrammeCatalog.Describe(profile.Sector).Slug;
        yield return profile.StaffCount switch { < 10 => "size:micro", < 50 => "size:small", _ => "size:medium" };
        yield return "partner:" + entry.PartnerId;
        var activity = entry.Kind == JourneyEntryKind.Diagnostic ? ActivityKind.DiagnosticAssessment : entry.Activity;
        if (activity is { } kind)
        {
            yield return "activity:" + ProgrammeCatalog.Describe(kind).Slug;
        }
    }

    private static string CompanyId(Country country, int i)
    {
        var body = 1_000_000 + i;
        return country switch
        {
            Country.GB => string.Create(CultureInfo.InvariantCulture, $"{20_000_000 + i}"),
            Country.NL => string.Create(CultureInfo.InvariantCulture, $"{30_000_000 + i}"),
            Country.BE => string.Create(CultureInfo.InvariantCulture, $"0{body:D7}{97 - (body % 97):D2}"),
            _ => Siren(string.Create(CultureInfo.InvariantCulture, $"{40_000_000 + i}")),
        };
    }

    /// <summary>Eight digits and the Luhn check digit.</summary>
    private static string Siren(string body)
    {
        for (var check = 0; check < 10; check++)
        {
            var candidate = body + check.ToString(CultureInfo.InvariantCulture);
            var sum = candidate.Reverse().Select((c, i) => (c - '0') * (i % 2 == 1 ? 2 : 1)).Sum(d => d > 9 ? d - 9 : d);
            if (sum % 10 == 0)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no check digit");
    }

    private sealed record GeneratedEvent(string Id, ActivityKind Kind, string Partner, DateTime Local);
}
