using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ise.Indicators;
using Ise.Smes;

namespace Ise.Programme;

/// <summary>
/// Reads grain state strings that are the programme's own vocabulary (partner ids, region, sector
/// and activity slugs, indicator cell names such as <c>partner:aditec</c>) as one shared instance
/// per process instead of a fresh copy in every state read: an SME's indicator credits name the same
/// few cells dozens of times, and thousands of SMEs are active at once. Any other string is read as
/// it is; writing is unchanged, so the stored JSON is the same.
/// </summary>
public sealed class ProgrammeVocabularyStrings : JsonConverter<string>
{
    private readonly FrozenDictionary<string, string> _vocabulary;

    public ProgrammeVocabularyStrings()
    {
        var words = new List<string> { IndicatorCells.Total };
        foreach (var partner in ProgrammeCatalog.Partners)
        {
            words.AddRange([partner.Id, IndicatorCells.Partner(partner.Id)]);
        }

        foreach (var region in ProgrammeCatalog.Regions)
        {
            words.AddRange([region.Slug, IndicatorCells.Region(region.Region)]);
        }

        foreach (var sector in ProgrammeCatalog.Sectors)
        {
            words.AddRange([sector.Slug, IndicatorCells.Sector(sector.Sector)]);
        }

        foreach (var kind in ProgrammeCatalog.ActivityKinds)
        {
            words.AddRange([kind.Slug, IndicatorCells.Activity(kind.Kind)]);
        }

        words.AddRange(Enum.GetValues<SizeBand>().Select(IndicatorCells.Size));
        _vocabulary = words.Distinct(StringComparer.Ordinal).ToFrozenDictionary(w => w, StringComparer.Ordinal);
    }

    /// <summary>Strings of the vocabulary, so tests can check a read shares them.</summary>
    public IReadOnlyCollection<string> Vocabulary => _vocabulary.Keys;

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Shared(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Shared(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);

    private string? Shared(string? text) => text is not null && _vocabulary.TryGetValue(text, out var shared) ? shared : text;
}
