using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ise.Diagnostics;

/// <summary>
/// Every questionnaire version and the guide, read once from the files embedded in this assembly
/// and checked as a whole: a malformed or incomplete file stops the process at start with a message
/// naming the file and each problem. The data is versioned with the code, so every process holds
/// the same copy.
/// </summary>
public sealed class DiagnosticCatalog
{
    private const string QuestionnairePrefix = "Ise.Diagnostics.Questionnaires.";
    private const string GuideResource = "Ise.Diagnostics.Guide.guide.json";

    private static readonly Lazy<DiagnosticCatalog> s_embedded = new(LoadEmbedded);

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly FrozenDictionary<int, Questionnaire> _byVersion;

    private DiagnosticCatalog(IReadOnlyList<Questionnaire> questionnaires, InnovationGuide guide)
    {
        Questionnaires = [.. questionnaires.OrderBy(q => q.Version)];
        _byVersion = Questionnaires.ToFrozenDictionary(q => q.Version);
        Guide = guide;
    }

    /// <summary>The catalog of this build's embedded files (read on first use; the hosts touch it at start).</summary>
    public static DiagnosticCatalog Embedded => s_embedded.Value;

    /// <summary>All versions, oldest first.</summary>
    public IReadOnlyList<Questionnaire> Questionnaires { get; }

    public Questionnaire Latest => Questionnaires[^1];

    public InnovationGuide Guide { get; }

    public bool TryGet(int version, out Questionnaire questionnaire) => _byVersion.TryGetValue(version, out questionnaire!);

    public Questionnaire Get(int version) =>
        TryGet(version, out var questionnaire) ? questionnaire : throw new KeyNotFoundException($"No questionnaire version {version}.");

    public bool HasGuideSection(string id) => Guide.Sections.Any(s => s.Id == id);

    /// <summary>Reads and checks questionnaire files (name, JSON) and the guide; throws with every problem found.</summary>
    public static DiagnosticCatalog Load(IReadOnlyList<(string Name, string Json)> questionnaireFiles, (string Name, string Json) guideFile)
    {
        var problems = new List<string>();
        var guide = Parse<InnovationGuide>(guideFile, problems);
        if (guide is not null)
        {
            problems.AddRange(DiagnosticDataChecks.OfGuide(guide).Select(p => $"{guideFile.Name}: {p}"));
        }

        var questionnaires = new List<Questionnaire>();
        foreach (var file in questionnaireFiles)
        {
            if (Parse<Questionnaire>(file, problems) is not { } questionnaire)
            {
                continue;
            }

            var expectedName = $"v{questionnaire.Version}.json";
            if (!file.Name.EndsWith(expectedName, StringComparison.Ordinal))
            {
                problems.Add($"{file.Name}: holds version {questionnaire.Version}, so it must be named {expectedName}");
            }

            if (questionnaires.Any(q => q.Version == questionnaire.Version))
            {
                problems.Add($"{file.Name}: version {questionnaire.Version} is defined twice");
            }

            problems.AddRange(DiagnosticDataChecks.OfQuestionnaire(questionnaire, guide).Select(p => $"{file.Name}: {p}"));
            questionnaires.Add(questionnaire);
        }

        if (questionnaireFiles.Count == 0)
        {
            problems.Add("no questionnaire file is embedded");
        }

        if (problems.Count > 0 || guide is null)
        {
            throw new InvalidDataException("The diagnostic data is invalid: " + string.Join("; ", problems));
        }

        return new DiagnosticCatalog(questionnaires, guide);
    }

    private static T? Parse<T>((string Name, string Json) file, List<string> problems)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(file.Json, s_json) ?? throw new JsonException("the file is empty");
        }
        catch (JsonException ex)
        {
            problems.Add($"{file.Name}: {ex.Message}");
            return null;
        }
    }

    private static DiagnosticCatalog LoadEmbedded()
    {
        var assembly = typeof(DiagnosticCatalog).Assembly;
        var names = assembly.GetManifestResourceNames();
        var questionnaires = names
            .Where(n => n.StartsWith(QuestionnairePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n, Read(n)))
            .ToList();
        if (!names.Contains(GuideResource))
        {
            throw new InvalidDataException($"The diagnostic data is invalid: {GuideResource} is not embedded");
        }

        return Load(questionnaires, (GuideResource, Read(GuideResource)));

        string Read(string name)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
