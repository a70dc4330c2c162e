using System.Globalization;
using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// Applies a questionnaire's rules to scores: every rule whose conditions all hold, in the
/// questionnaire's order, with its text and a "because" that states each score and threshold that
/// triggered it, in the language asked for.
/// </summary>
public static class DiagnosticRecommendations
{
    public static IReadOnlyList<DiagnosticRecommendation> For(Questionnaire questionnaire, IReadOnlyDictionary<string, decimal> percentages, Language language)
    {
        var culture = CultureOf(language);
        var recommendations = new List<DiagnosticRecommendation>();
        foreach (var rule in questionnaire.Rules)
        {
            if (!rule.When.All(c => percentages.TryGetValue(c.Target, out var percent) && c.Holds(percent)))
            {
                continue;
            }

            var facts = rule.When.Select(c => (c.Below is null ? questionnaire.Phrases.AtLeast : questionnaire.Phrases.Below).In(language)
                .Replace("{name}", LowerFirst(questionnaire.NameOf(c.Target).In(language), culture), StringComparison.Ordinal)
                .Replace("{score}", Number(percentages[c.Target], culture), StringComparison.Ordinal)
                .Replace("{threshold}", Number(c.Threshold, culture), StringComparison.Ordinal));
            var because = questionnaire.Phrases.Because.In(language)
                .Replace("{facts}", string.Join(questionnaire.Phrases.And.In(language), facts), StringComparison.Ordinal);
            var activity = ProgrammeCatalog.ActivityKinds.First(k => k.Slug == rule.Activity).Kind;
            recommendations.Add(new DiagnosticRecommendation(rule.Id, activity, rule.Text.In(language), because, rule.Guide));
        }

        return recommendations;
    }

    public static CultureInfo CultureOf(Language language) => CultureInfo.GetCultureInfo(language switch
    {
        Language.French => "fr-FR",
        Language.Dutch => "nl-NL",
        _ => "en-GB",
    });

    private static string Number(decimal value, CultureInfo culture) => value.ToString("0.#", culture);

    private static string LowerFirst(string text, CultureInfo culture) =>
        text.Length == 0 ? text : char.ToLower(text[0], culture) + text[1..];
}
