using Ise.Diagnostics;
using Ise.Programme;

namespace Ise.Grains.Tests.Diagnostics;

public sealed class DiagnosticDataTests
{
    private static readonly Language[] s_languages = Enum.GetValues<Language>();

    public static TheoryData<string> Texts()
    {
        var catalog = DiagnosticCatalog.Embedded;
        var paths = new TheoryData<string>();
        foreach (var questionnaire in catalog.Questionnaires)
        {
            foreach (var (path, _) in questionnaire.Texts())
            {
                paths.Add($"v{questionnaire.Version}:{path}");
            }
        }

        foreach (var (path, _) in catalog.Guide.Texts())
        {
            paths.Add($"guide:{path}");
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_text_exists_in_english_french_and_dutch_and_is_translated(string path)
    {
        var text = Find(path);

        Assert.All(s_languages, language => Assert.False(string.IsNullOrWhiteSpace(text.In(language)), $"{path} has no {language} text"));
        if (text.En.Split(' ').Length > 2)
        {
            Assert.NotEqual(text.En, text.Fr);
            Assert.NotEqual(text.En, text.Nl);
        }
    }

    [Fact]
    public void The_questionnaire_has_both_axes_with_their_dimensions_and_every_rule_links_to_real_guide_sections()
    {
        var v1 = DiagnosticCatalog.Embedded.Get(1);

        Assert.Equal(["innovation", "internationalisation"], v1.Axes.Select(a => a.Id));
        Assert.Equal(
            ["strategy", "processes", "products-and-services", "people-and-culture", "funding-and-partnerships",
             "export-experience", "market-knowledge", "cross-border-partnerships", "capacity-and-languages", "digital-reach"],
            v1.Dimensions.Select(d => d.Id));
        Assert.All(v1.Rules, r => Assert.All(r.Guide, id => Assert.True(DiagnosticCatalog.Embedded.HasGuideSection(id), id)));
        Assert.Equal(
            ["innovation-planning", "working-with-partners-abroad", "protecting-ideas", "funding-innovation", "uk-eu-trade-rules", "culture-and-languages"],
            DiagnosticCatalog.Embedded.Guide.Sections.Select(s => s.Id));
    }

    [Fact]
    public void A_file_with_a_missing_translation_an_unknown_rule_target_and_a_misnamed_version_fails_with_every_problem()
    {
        var (guideName, guideJson) = EmbeddedGuide();
        var broken = EmbeddedV1()
            .Replace("\"nl\": \"Helemaal niet\"", "\"nl\": \"\"", StringComparison.Ordinal)
            .Replace("\"target\": \"digital-reach\"", "\"target\": \"digital-rech\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => DiagnosticCatalog.Load([("Questionnaires.v2.json", broken)], (guideName, guideJson)));

        Assert.Contains("Questionnaires.v2.json: scale[0] has no Dutch text", error.Message, StringComparison.Ordinal);
        Assert.Contains("rule digital-reach tests an unknown axis or dimension digital-rech", error.Message, StringComparison.Ordinal);
        Assert.Contains("holds version 1, so it must be named v1.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_the_expected_json_names_the_file_and_the_place()
    {
        var (guideName, guideJson) = EmbeddedGuide();
        var unknownField = EmbeddedV1().Replace("\"version\": 1", "\"version\": 1, \"weigth\": 2", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => DiagnosticCatalog.Load([("v1.json", unknownField)], (guideName, guideJson)));
        var truncated = Assert.Throws<InvalidDataException>(() => DiagnosticCatalog.Load([("v1.json", EmbeddedV1()[..200])], (guideName, guideJson)));

        Assert.Contains("v1.json:", error.Message, StringComparison.Ordinal);
        Assert.Contains("weigth", error.Message, StringComparison.Ordinal);
        Assert.Contains("v1.json:", truncated.Message, StringComparison.Ordinal);
    }

    private static LocalizedText Find(string path)
    {
        var catalog = DiagnosticCatalog.Embedded;
        var (source, rest) = (path[..path.IndexOf(':', StringComparison.Ordinal)], path[(path.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var texts = source == "guide" ? catalog.Guide.Texts() : catalog.Get(int.Parse(source[1..], System.Globalization.CultureInfo.InvariantCulture)).Texts();
        return texts.Single(t => t.Path == rest).Text;
    }

    private static string EmbeddedV1() => Resource("Ise.Diagnostics.Questionnaires.v1.json");

    private static (string, string) EmbeddedGuide() => ("guide.json", Resource("Ise.Diagnostics.Guide.guide.json"));

    private static string Resource(string name)
    {
        using var stream = typeof(DiagnosticCatalog).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
