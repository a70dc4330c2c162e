using System.Globalization;
using Ise.Errors;
using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// Every problem with a submitted assessment, so the assessor can fix them all at once: an unknown
/// questionnaire version, language or partner, and per question a missing, unknown, repeated or
/// off-scale answer. Field paths are the API's (<c>input.answers[2].value</c>).
/// </summary>
public static class DiagnosticSubmissionChecks
{
    public static IReadOnlyList<IseProblem> Problems(DiagnosticCatalog catalog, SubmitDiagnostic command)
    {
        var problems = new List<IseProblem>();
        if (!Enum.IsDefined(command.Language))
        {
            problems.Add(new("input.language", $"{command.Language} is not a programme language."));
        }

        if (!ProgrammeCatalog.IsPartner(command.PartnerId))
        {
            problems.Add(new("input.partnerId", $"{command.PartnerId} is not a programme partner."));
        }

        if (!catalog.TryGet(command.Version, out var questionnaire))
        {
            var known = string.Join(", ", catalog.Questionnaires.Select(q => q.Version.ToString(CultureInfo.InvariantCulture)));
            problems.Add(new("input.version", $"There is no questionnaire version {command.Version} (known: {known})."));
            return problems;
        }

        var questions = questionnaire.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < command.Answers.Count; i++)
        {
            var answer = command.Answers[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"input.answers[{i}]");
            if (!questions.ContainsKey(answer.QuestionId))
            {
                problems.Add(new(at + ".questionId", $"Question {answer.QuestionId} is not in questionnaire version {command.Version}."));
            }
            else if (!seen.Add(answer.QuestionId))
            {
                problems.Add(new(at + ".questionId", $"Question {answer.QuestionId} is answered more than once."));
            }
            else if (answer.Value < 0 || answer.Value > questionnaire.MaxValue)
            {
                problems.Add(new(at + ".value", string.Create(CultureInfo.InvariantCulture,
                    $"The answer to {answer.QuestionId} is {answer.Value}, off the scale 0-{questionnaire.MaxValue}.")));
            }
        }

        problems.AddRange(questions.Keys.Where(id => !seen.Contains(id))
            .Select(id => new IseProblem("input.answers", $"Question {id} is not answered.")));
        return problems;
    }
}
