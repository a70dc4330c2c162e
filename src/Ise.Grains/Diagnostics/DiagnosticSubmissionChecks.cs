using System.Globalization;
using Ise.Errors;
using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// Every problem with a submitted assessment, so the assessor can fix them all at once: an unknown
/// questionnaire version, language or partner, and per question a missing, unknown, repeated or
/// off-scale answer, or, for a past assessment given by its dimension scores, per dimension a missing, unknown,
/// repeated or impossible score. Field paths are the API's (<c>input.answers[2].value</c>). A draft is checked the
/// same way, except that it may leave questions unanswered and the partner unnamed.
/// </summary>
public static class DiagnosticSubmissionChecks
{
    public static IReadOnlyList<IseProblem> Problems(DiagnosticCatalog catalog, SubmitDiagnostic command)
    {
        var problems = new List<IseProblem>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        if (AnswerProblems(catalog, command.Version, command.Language, command.PartnerId, command.Answers, problems, answered) is not { } questionnaire)
        {
            return problems;
        }

        if (command.Scores is { Count: > 0 } scores)
        {
            if (command.Answers.Count > 0)
            {
                problems.Add(new IseProblem("input.answers", "Give the answers or the dimension scores of an assessment, not both."));
            }

            ScoreProblems(questionnaire, scores, problems);
        }
        else
        {
            problems.AddRange(questionnaire.Questions.Where(q => !answered.Contains(q.Id))
                .Select(q => new IseProblem("input.answers", $"Question {q.Id} is not answered.")));
        }

        return problems;
    }

    public static IReadOnlyList<IseProblem> Problems(DiagnosticCatalog catalog, SaveDiagnosticDraft command)
    {
        var problems = new List<IseProblem>();
        AnswerProblems(catalog, command.Version, command.Language, command.PartnerId, command.Answers, problems, []);
        return problems;
    }

    /// <summary>
    /// Adds the problems with dimension scores given instead of answers: each dimension of the questionnaire scored
    /// once, with a percentage its points can show (<see cref="DiagnosticScoring.PointsFor"/>; the nearest ones are named).
    /// </summary>
    private static void ScoreProblems(Questionnaire questionnaire, IReadOnlyList<DimensionPercent> scores, List<IseProblem> problems)
    {
        var dimensions = questionnaire.Dimensions.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var scored = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"input.scores[{i}]");
            if (!dimensions.TryGetValue(score.DimensionId, out var dimension))
            {
                problems.Add(new(at + ".dimensionId", $"Dimension {score.DimensionId} is not in questionnaire version {questionnaire.Version}."));
            }
            else if (!scored.Add(score.DimensionId))
            {
                problems.Add(new(at + ".dimensionId", $"Dimension {score.DimensionId} is scored more than once."));
            }
            else if (score.Percent is < 0 or > 100)
            {
                problems.Add(new(at + ".percent", string.Create(CultureInfo.InvariantCulture, $"The score of {score.DimensionId} is {score.Percent}%, off the scale 0-100%.")));
            }
            else if (DiagnosticScoring.PointsFor(score.Percent, questionnaire.MaxPointsOf(dimension)) is null)
            {
                var maxPoints = questionnaire.MaxPointsOf(dimension);
                var below = (int)Math.Floor(score.Percent * maxPoints / 100m);
                problems.Add(new(at + ".percent", string.Create(CultureInfo.InvariantCulture,
                    $"The score of {score.DimensionId} is {score.Percent}%, which no answers give: it scores points out of {maxPoints}, so the nearest scores are {DiagnosticScoring.PercentOf(below, maxPoints)}% and {DiagnosticScoring.PercentOf(below + 1, maxPoints)}%.")));
            }
        }

        problems.AddRange(questionnaire.Dimensions.Where(d => !scored.Contains(d.Id))
            .Select(d => new IseProblem("input.scores", $"Dimension {d.Id} is not scored.")));
    }

    /// <summary>Adds the problems with what was given; returns the questionnaire when the version is known, <paramref name="answered"/> then holding the questions answered.</summary>
    private static Questionnaire? AnswerProblems(DiagnosticCatalog catalog, int version, Language language, string? partnerId,
        IReadOnlyList<DiagnosticAnswer> answers, List<IseProblem> problems, HashSet<string> answered)
    {
        if (!Enum.IsDefined(language))
        {
            problems.Add(new("input.language", $"{language} is not a programme language."));
        }

        if (partnerId is not null && !ProgrammeCatalog.IsPartner(partnerId))
        {
            problems.Add(new("input.partnerId", $"{partnerId} is not a programme partner."));
        }

        if (!catalog.TryGet(version, out var questionnaire))
        {
            var known = string.Join(", ", catalog.Questionnaires.Select(q => q.Version.ToString(CultureInfo.InvariantCulture)));
            problems.Add(new("input.version", $"There is no questionnaire version {version} (known: {known})."));
            return null;
        }

        var questions = questionnaire.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"input.answers[{i}]");
            if (!questions.Contains(answer.QuestionId))
            {
                problems.Add(new(at + ".questionId", $"Question {answer.QuestionId} is not in questionnaire version {version}."));
            }
            else if (!answered.Add(answer.QuestionId))
            {
                problems.Add(new(at + ".questionId", $"Question {answer.QuestionId} is answered more than once."));
            }
            else if (answer.Value < 0 || answer.Value > questionnaire.MaxValue)
            {
                problems.Add(new(at + ".value", string.Create(CultureInfo.InvariantCulture,
                    $"The answer to {answer.QuestionId} is {answer.Value}, off the scale 0-{questionnaire.MaxValue}.")));
            }
        }

        return questionnaire;
    }
}
