namespace Ise.Diagnostics;

/// <summary>
/// One version of the diagnostic questionnaire, as data (<c>Questionnaires/v{n}.json</c>): the answer
/// scale, the bands, the axes with their weighted dimensions and questions, and the recommendation
/// rules. A published version never changes; results keep the version they were scored with.
/// </summary>
public sealed record Questionnaire(
    int Version,
    LocalizedText Title,
    LocalizedText Introduction,
    IReadOnlyList<ScalePoint> Scale,
    IReadOnlyList<ScoreBand> Bands,
    IReadOnlyList<DiagnosticAxis> Axes,
    IReadOnlyList<RecommendationRule> Rules,
    ExplanationPhrases Phrases)
{
    public int MaxValue => Scale[^1].Value;

    public IEnumerable<DiagnosticDimension> Dimensions => Axes.SelectMany(a => a.Dimensions);

    public IEnumerable<DiagnosticQuestion> Questions => Dimensions.SelectMany(d => d.Questions);

    /// <summary>The points a dimension scores when every question is answered at the top of the scale.</summary>
    public int MaxPointsOf(DiagnosticDimension dimension) => dimension.Questions.Sum(q => q.Weight * MaxValue);

    /// <summary>The band a percentage falls in: the last whose start it reaches.</summary>
    public ScoreBand BandOf(decimal percent) => Bands.Last(b => b.From <= percent);

    /// <summary>The name of an axis or dimension by id.</summary>
    public LocalizedText NameOf(string id) =>
        Axes.FirstOrDefault(a => a.Id == id)?.Name
        ?? Dimensions.FirstOrDefault(d => d.Id == id)?.Name
        ?? throw new ArgumentException($"questionnaire v{Version} has no axis or dimension {id}", nameof(id));

    /// <summary>Every text of the questionnaire with the path that names it (for checks and translation tests).</summary>
    public IEnumerable<(string Path, LocalizedText Text)> Texts()
    {
        yield return ("title", Title);
        yield return ("introduction", Introduction);
        foreach (var point in Scale)
        {
            yield return ($"scale[{point.Value}]", point.Label);
        }

        foreach (var band in Bands)
        {
            yield return ($"bands.{band.Id}", band.Name);
        }

        foreach (var axis in Axes)
        {
            yield return ($"axes.{axis.Id}", axis.Name);
            foreach (var dimension in axis.Dimensions)
            {
                yield return ($"dimensions.{dimension.Id}", dimension.Name);
                foreach (var question in dimension.Questions)
                {
                    yield return ($"questions.{question.Id}", question.Text);
                }
            }
        }

        foreach (var rule in Rules)
        {
            yield return ($"rules.{rule.Id}", rule.Text);
        }

        yield return ("phrases.because", Phrases.Because);
        yield return ("phrases.below", Phrases.Below);
        yield return ("phrases.atLeast", Phrases.AtLeast);
        yield return ("phrases.and", Phrases.And);
    }
}
