using Ise.Diagnostics;

namespace Ise.Grains.Tests.Diagnostics;

/// <summary>Answer sets for questionnaire version 1: one value everywhere, with chosen dimensions set apart.</summary>
public static class Answers
{
    public static Questionnaire V1 => DiagnosticCatalog.Embedded.Get(1);

    public static Dictionary<string, int> All(int value, params (string Dimension, int Value)[] except)
    {
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var dimension in V1.Dimensions)
        {
            var chosen = except.FirstOrDefault(e => e.Dimension == dimension.Id);
            foreach (var question in dimension.Questions)
            {
                answers[question.Id] = chosen.Dimension is null ? value : chosen.Value;
            }
        }

        return answers;
    }

    public static SubmitDiagnostic Submission(Dictionary<string, int> answers, string partner = "innovatiehuis", Ise.Programme.Language language = Ise.Programme.Language.English) =>
        new(1, language, partner, [.. answers.Select(a => new DiagnosticAnswer(a.Key, a.Value))]);
}
