using System.Globalization;
using Ise.Diagnostics;
using Ise.Errors;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Imports;

/// <summary>
/// A row of the history import of diagnostics: one past assessment of an SME (<see cref="HistoryDiagnosticLayout"/>),
/// read into the same <see cref="SubmitDiagnostic"/> as the API's <c>submitDiagnostic</c> with <c>occurredOn</c>,
/// so the SME grain checks it against the questionnaire, dates it and credits the indicators in the period it was
/// made. Partner staff load assessments run by their own partner of SMEs it leads or served, as they submit them.
/// Its idempotency key derives from the partner and the day (one assessment of an SME by a partner a day), so a
/// re-run finds the assessment loaded before: unchanged when it holds what the row says, refused when it holds
/// something else.
/// </summary>
internal sealed class HistoryDiagnosticRowImporter(IGrainFactory grains, string? actingPartnerId, string recordedBy) : IRowImporter
{
    private static readonly ImportLayout s_layout = HistoryDiagnosticLayout.Layout;

    private static readonly Dictionary<string, Language> s_languages = new(StringComparer.Ordinal)
    {
        ["en"] = Language.English, ["english"] = Language.English, ["anglais"] = Language.English, ["engels"] = Language.English,
        ["fr"] = Language.French, ["french"] = Language.French, ["francais"] = Language.French, ["frans"] = Language.French,
        ["nl"] = Language.Dutch, ["dutch"] = Language.Dutch, ["neerlandais"] = Language.Dutch, ["nederlands"] = Language.Dutch,
    };

    /// <summary>An SME's assessments are recorded in the file's order, so the last one of the file is its latest.</summary>
    public bool RowsAreIndependent => false;

    public string? Key(ImportRow row) => Read(row, out var read, out _) ? $"{read.SmeId}|{read.Command.IdempotencyKey}" : null;

    public async Task<ImportRowResult> ApplyAsync(ImportRow row)
    {
        if (!Read(row, out var read, out var error))
        {
            return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, null, error);
        }

        var (smeId, command) = read;
        var made = string.Create(CultureInfo.InvariantCulture, $"assessed on {command.OccurredOn:yyyy-MM-dd} by {command.PartnerId}");
        try
        {
            var sme = await grains.GetGrain<ISmeGrain>(smeId).GetAsync();
            if (actingPartnerId is not null && !sme.ServingPartnerIds.Contains(actingPartnerId))
            {
                return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, smeId,
                    $"company_id: {actingPartnerId} neither leads nor served SME {smeId}; its assessments are loaded by the secretariat or a partner that leads or served it");
            }

            var diagnostics = grains.GetGrain<ISmeDiagnosticsGrain>(smeId);
            if (await diagnostics.FindAssessmentAsync(command.IdempotencyKey!) is { } loaded)
            {
                return Holds(loaded, command)
                    ? new ImportRowResult(row.Line, ImportRowOutcome.Unchanged, smeId, $"already loaded: {made}")
                    : new ImportRowResult(row.Line, ImportRowOutcome.Rejected, smeId,
                        $"date: an assessment of {smeId} {made} was loaded before with another version, language, answers or scores (assessment {loaded.Id}); it stands as loaded");
            }

            var recorded = (await diagnostics.SubmitDiagnosticAsync(command)).Latest;
            var summary = string.Join(", ", recorded.Axes.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.AxisId} {a.Percent}% ({a.BandId})")));
            return new ImportRowResult(row.Line, ImportRowOutcome.Accepted, smeId, $"{made}, questionnaire v{recorded.Version}: {summary}");
        }
        catch (IseException refusal) when (refusal.Code != IseErrorCode.Unavailable)
        {
            var problems = refusal.Problems.Count > 0 ? refusal.Problems : [new IseProblem(refusal.Field ?? "smeId", refusal.Message)];
            return new ImportRowResult(row.Line, ImportRowOutcome.Rejected, smeId,
                string.Join("; ", problems.Select(p => $"{Column(p.Field, command)}: {WithoutField(p)}")));
        }
    }

    /// <summary>Reads a row into an SME id and an assessment; on failure <paramref name="error"/> names each column and what is wrong.</summary>
    public bool Read(ImportRow row, out (string SmeId, SubmitDiagnostic Command) read, out string error)
    {
        read = default;
        var problems = new List<string>();
        var country = ImportValues.Country(Value(row, "country"), "country", problems);
        var smeId = problems.Count == 0 ? ImportValues.SmeId(country, Value(row, "company_id"), "company_id", problems) : "";
        var day = ImportValues.Date(Value(row, "date"), "date", problems);
        var partner = ImportValues.Partner(Value(row, "partner"), "partner", actingPartnerId, "assessor's partner", "load assessments", problems);
        var versionText = Value(row, "version");
        if (!int.TryParse(versionText.TrimStart('v', 'V'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            problems.Add($"version: {ReportText.Quote(versionText)} is not a questionnaire version (known: {Versions()})");
        }

        var languageText = Value(row, "language");
        var language = Language.English;
        if (languageText.Length > 0 && !s_languages.TryGetValue(ImportLayout.Key(languageText), out language))
        {
            problems.Add($"language: {ReportText.Quote(languageText)} is not English, French or Dutch");
        }

        var answers = Given(row, HistoryDiagnosticLayout.QuestionIds, Answer, problems);
        var scores = Given(row, HistoryDiagnosticLayout.DimensionIds, Score, problems);
        if (answers.Count == 0 && scores.Count == 0)
        {
            problems.Add($"no answers or scores: give the value chosen for each question (a column named by its id, such as {HistoryDiagnosticLayout.QuestionIds[0]}) "
                + $"or the score in percent of each dimension (a column named by its id, such as {HistoryDiagnosticLayout.DimensionIds[0]})");
        }
        else if (answers.Count > 0 && scores.Count > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{answers.Count} answers and {scores.Count} dimension scores: give the answers or the scores of an assessment, not both"));
        }

        error = string.Join("; ", problems);
        if (problems.Count > 0)
        {
            return false;
        }

        var idempotencyKey = string.Create(CultureInfo.InvariantCulture, $"history-import|{partner}|{day:yyyy-MM-dd}");
        read = (smeId, new SubmitDiagnostic(version, language, partner, answers, idempotencyKey, day, recordedBy, scores));
        return true;
    }

    /// <summary>Whether an assessment loaded before holds what the row says.</summary>
    private static bool Holds(DiagnosticAssessment loaded, SubmitDiagnostic command) =>
        loaded.Version == command.Version && loaded.Language == command.Language && (command.Scores is { Count: > 0 } scores
            ? loaded.Answers.Count == 0 && scores.OrderBy(s => s.DimensionId, StringComparer.Ordinal)
                .SequenceEqual(loaded.Dimensions.Select(d => new DimensionPercent(d.DimensionId, d.Percent)).OrderBy(s => s.DimensionId, StringComparer.Ordinal))
            : command.Answers.OrderBy(a => a.QuestionId, StringComparer.Ordinal).SequenceEqual(loaded.Answers.OrderBy(a => a.QuestionId, StringComparer.Ordinal)));

    /// <summary>The cells of <paramref name="columns"/> the row fills, each read by <paramref name="parse"/> (null: a problem was added).</summary>
    private static List<T> Given<T>(ImportRow row, IEnumerable<string> columns, Func<string, string, List<string>, T?> parse, List<string> problems)
        where T : class =>
        [.. columns.Select(column => (column, text: Value(row, column))).Where(c => c.text.Length > 0)
            .Select(c => parse(c.column, c.text, problems)).OfType<T>()];

    private static DiagnosticAnswer? Answer(string questionId, string text, List<string> problems)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new DiagnosticAnswer(questionId, value);
        }

        problems.Add($"{questionId}: {ReportText.Quote(text)} is not a value of the answer scale (a whole number)");
        return null;
    }

    private static DimensionPercent? Score(string dimensionId, string text, List<string> problems)
    {
        if (decimal.TryParse(text.TrimEnd('%', ' ').Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent))
        {
            return new DimensionPercent(dimensionId, percent);
        }

        problems.Add($"{dimensionId}: {ReportText.Quote(text)} is not a score in percent (such as 62.5)");
        return null;
    }

    /// <summary>The column of the file that holds what a refusal names (a field of the API's <c>submitDiagnostic</c>).</summary>
    private static string Column(string field, SubmitDiagnostic command) => field switch
    {
        EngagementDates.Field => "date",
        "input.version" => "version",
        "input.language" => "language",
        "input.partnerId" => "partner",
        "input.answers" => "answers",
        "input.scores" => "scores",
        _ when Indexed(field, "input.answers[") is { } i => command.Answers[i].QuestionId,
        _ when Indexed(field, "input.scores[") is { } i => command.Scores![i].DimensionId,
        _ => "company_id", // the SME the row's company id names (its id, its state)
    };

    /// <summary>The index of a field such as <c>input.answers[3].value</c>, or null for another field.</summary>
    private static int? Indexed(string field, string prefix) =>
        field.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(field.AsSpan(prefix.Length, field.IndexOf(']', StringComparison.Ordinal) - prefix.Length),
            NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;

    /// <summary>A problem's message without the API field name it may start with (<c>occurredOn 2027-01-05 is in the future</c>), which the column replaces.</summary>
    private static string WithoutField(IseProblem problem) =>
        problem.Message.StartsWith(problem.Field + " ", StringComparison.Ordinal) ? problem.Message[(problem.Field.Length + 1)..] : problem.Message;

    private static string Versions() => string.Join(", ", DiagnosticCatalog.Embedded.Questionnaires.Select(q => q.Version.ToString(CultureInfo.InvariantCulture)));

    private static string Value(ImportRow row, string column) => row.Values[s_layout.IndexOf(column)].Trim();
}
