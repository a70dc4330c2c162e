using Ise.Diagnostics;

namespace Ise.Imports;

/// <summary>
/// The columns of the history import of past diagnostics: the SME (<c>country</c>, <c>company_id</c>), the day the
/// assessment was made (<c>date</c>), the partner who ran it (<c>partner</c>), the questionnaire <c>version</c> it
/// answered and the <c>language</c> it was held in; then either one column per question, named by the question's id
/// (<c>inn-strategy-goals</c>, the value chosen on the scale), or one column per dimension, named by the dimension's
/// id (<c>strategy</c>, its score in percent). The question and dimension columns are those of every questionnaire
/// version, read from the questionnaires themselves, so a new version brings its columns with it.
/// </summary>
public static class HistoryDiagnosticLayout
{
    /// <summary>The ids of the questions of every version, each once, oldest version first.</summary>
    public static IReadOnlyList<string> QuestionIds { get; } =
        [.. DiagnosticCatalog.Embedded.Questionnaires.SelectMany(q => q.Questions).Select(q => q.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>The ids of the dimensions of every version, each once, oldest version first.</summary>
    public static IReadOnlyList<string> DimensionIds { get; } =
        [.. DiagnosticCatalog.Embedded.Questionnaires.SelectMany(q => q.Dimensions).Select(d => d.Id).Distinct(StringComparer.Ordinal)];

    public static ImportLayout Layout { get; } = new(ImportKind.HistoryDiagnostics,
    [
        ImportLayout.Smes.Column("country"),
        ImportLayout.Smes.Column("company_id") with { Required = true },
        new("date", true, ["assessedon", "assessmentdate", "occurredon", "day", "jour", "datum"]),
        new("partner", false, ["partnerid", "assessor", "assessorpartner", "assessedby", "partenaire"]),
        new("version", true, ["questionnaireversion", "questionnaire", "versie"]),
        new("language", false, ["lang", "langue", "taal"]),
        .. QuestionIds.Select(id => new ImportColumn(id, false, [])),
        .. DimensionIds.Select(id => new ImportColumn(id, false, [])),
    ]);
}
