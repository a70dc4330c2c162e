using System.Globalization;
using Ise.Errors;
using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// Every problem with a submitted assessment, so the assessor can fix them all at once: an unknown
/// questionnaire version, language or partner, and per question a missing, unknown, repeated or
/// off-scale answer. Field paths are the API's (<c>input.answers[2].value</c>). A draft is checked the
/// same way, except that it may leave questions unanswered and the partner unnamed.
/// </summary>
public static class DiagnosticSubmissionChecks
{
    public static IReadOnlyList<IseProblem> Problems(DiagnosticCatalog catalog, SubmitDiagnostic command)
    {
        var problems = new List<IseProblem>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        if (AnswerProblems(catalog, command.Version, command.Language, command.PartnerId, command.Answers, problems, answered) is { } questionnaire)
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
