using System.Text.Json;
using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Grains.Tests.Programme;

public sealed class ProgrammeVocabularyStringsTests
{
    private static readonly JsonSerializerOptions s_plain = new();
    private static readonly JsonSerializerOptions s_shared = new() { Converters = { new ProgrammeVocabularyStrings() } };

    private static readonly SmeProfile s_profile = new("NL-12345678", "Test BV", Country.NL, "12345678", Region.SouthWestNetherlands,
        Sector.Mechatronics, 12, new Money(1m, Currency.EUR), new Money(1m, Currency.EUR), "innovatiehuis", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Stored_state_is_written_the_same_and_reads_back_equal()
    {
        var state = IndicatorStateOf(3);

        var json = JsonSerializer.Serialize(state, s_shared);
        var read = JsonSerializer.Deserialize<SmeIndicatorState>(json, s_shared)!;

        Assert.Equal(JsonSerializer.Serialize(state, s_plain), json);
        Assert.Equal(json, JsonSerializer.Serialize(read, s_plain));
        Assert.Equal(state.Credited.Keys.Order(StringComparer.Ordinal), read.Credited.Keys.Order(StringComparer.Ordinal));
        Assert.All(state.Credited, c => Assert.True(c.Value.SameAs(read.Credited[c.Key])));
    }

    [Fact]
    public void Cells_and_partner_ids_read_from_two_states_are_one_instance_and_other_strings_are_not()
    {
        var json = JsonSerializer.Serialize(IndicatorStateOf(2), s_shared);

        var first = JsonSerializer.Deserialize<SmeIndicatorState>(json, s_shared)!.Credited.Values.OrderBy(c => c.Key, StringComparer.Ordinal).First(c => c.Cells.Count > 1);
        var second = JsonSerializer.Deserialize<SmeIndicatorState>(json, s_shared)!.Credited[first.Key];

        Assert.Contains("partner:innovatiehuis", first.Cells);
        Assert.All(first.Cells.Zip(second.Cells), pair => Assert.Same(pair.First, pair.Second));
        Assert.Same(first.PartnerId, second.PartnerId);
        // An engagement's own id is not vocabulary: each read has its own copy.
        Assert.Equal(first.Source, second.Source);
        Assert.NotSame(first.Source, second.Source);
    }

    private static SmeIndicatorState IndicatorStateOf(int attendances)
    {
        var journey = Enumerable.Range(1, attendances).Select(n =>
        {
            var at = new DateTimeOffset(2025, 3, n, 9, 0, 0, TimeSpan.Zero);
            return new JourneyEntry($"ev-{n}.0.abc#{n}", JourneyEntryKind.Attended, at, at.DateTime, "innovatiehuis", ActivityKind.CrossBorderEvent, $"ev-{n}", null, null, null);
        }).ToList();
        return new SmeIndicatorState { Credited = new Dictionary<string, IndicatorCredit>(IndicatorRules.CreditsOf(s_profile, null, journey), StringComparer.Ordinal) };
    }
}
