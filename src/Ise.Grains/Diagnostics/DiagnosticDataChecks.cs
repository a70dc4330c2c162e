using System.Globalization;
using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>
/// What makes questionnaire and guide data usable: every text in the three languages, ids unique,
/// weights positive, a scale from 0 upwards, bands from 0 upwards, rules that name real axes,
/// dimensions, activity kinds and guide sections, and phrases with their placeholders.
/// </summary>
public static class DiagnosticDataChecks
{
    public static IEnumerable<string> OfGuide(InnovationGuide guide)
    {
        foreach (var problem in Untranslated(guide.Texts()))
        {
            yield return problem;
        }

        foreach (var id in Duplicates(guide.Sections.Select(s => s.Id)))
        {
            yield return $"guide section {id} is defined twice";
        }

        foreach (var section in guide.Sections.Where(s => s.Paragraphs.Count == 0))
        {
            yield return $"guide section {section.Id} has no paragraphs";
        }
    }

    public static IEnumerable<string> OfQuestionnaire(Questionnaire questionnaire, InnovationGuide? guide)
    {
        var problems = new List<string>(Untranslated(questionnaire.Texts()));
        if (questionnaire.Version < 1)
        {
            problems.Add("version must be 1 or more");
        }

        var values = questionnaire.Scale.Select(p => p.Value).ToList();
        if (values.Count < 2 || values[0] != 0 || values.Zip(values.Skip(1)).Any(p => p.Second != p.First + 1))
        {
            problems.Add("scale must have at least two points valued 0, 1, 2, ... in order");
        }

        var starts = questionnaire.Bands.Select(b => b.From).ToList();
        if (starts.Count == 0 || starts[0] != 0m || starts.Zip(starts.Skip(1)).Any(p => p.Second <= p.First) || starts[^1] > 100m)
        {
            problems.Add("bands must start at 0 and rise strictly, up to 100");
        }

        var axisIds = questionnaire.Axes.Select(a => a.Id).ToList();
        var dimensionIds = questionnaire.Dimensions.Select(d => d.Id).ToList();
        problems.AddRange(Duplicates(questionnaire.Bands.Select(b => b.Id)).Select(id => $"band {id} is defined twice"));
        problems.AddRange(Duplicates(axisIds.Concat(dimensionIds)).Select(id => $"axis or dimension {id} is defined twice"));
        problems.AddRange(Duplicates(questionnaire.Questions.Select(q => q.Id)).Select(id => $"question {id} is defined twice"));
        problems.AddRange(Duplicates(questionnaire.Rules.Select(r => r.Id)).Select(id => $"rule {id} is defined twice"));
        problems.AddRange(questionnaire.Axes.Where(a => a.Dimensions.Count == 0).Select(a => $"axis {a.Id} has no dimensions"));
        foreach (var dimension in questionnaire.Dimensions)
        {
            if (dimension.Weight < 1)
            {
                problems.Add($"dimension {dimension.Id} needs a weight of 1 or more");
            }

            if (dimension.Questions.Count == 0)
            {
                problems.Add($"dimension {dimension.Id} has no questions");
            }

            problems.AddRange(dimension.Questions.Where(q => q.Weight < 1).Select(q => $"question {q.Id} needs a weight of 1 or more"));
        }

        foreach (var rule in questionnaire.Rules)
        {
            problems.AddRange(OfRule(rule, axisIds.Concat(dimensionIds).ToHashSet(StringComparer.Ordinal), guide));
        }

        foreach (var (name, phrase, placeholders) in new[]
        {
            ("because", questionnaire.Phrases.Because, new[] { "{facts}" }),
            ("below", questionnaire.Phrases.Below, new[] { "{name}", "{score}", "{threshold}" }),
            ("atLeast", questionnaire.Phrases.AtLeast, new[] { "{name}", "{score}", "{threshold}" }),
        })
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                problems.AddRange(placeholders
                    .Where(p => !phrase.In(language).Contains(p, StringComparison.Ordinal))
                    .Select(p => $"phrase {name} in {language} lacks {p}"));
            }
        }

        return problems;
    }

    private static IEnumerable<string> OfRule(RecommendationRule rule, HashSet<string> targets, InnovationGuide? guide)
    {
        if (!ProgrammeCatalog.ActivityKinds.Any(k => k.Slug == rule.Activity))
        {
            yield return $"rule {rule.Id} names an unknown activity {rule.Activity}";
        }

        if (rule.When.Count == 0)
        {
            yield return $"rule {rule.Id} has no conditions";
        }

        foreach (var condition in rule.When)
        {
            if (!targets.Contains(condition.Target))
            {
                yield return $"rule {rule.Id} tests an unknown axis or dimension {condition.Target}";
            }

            if ((condition.Below is null) == (condition.AtLeast is null) || condition.Threshold is < 0m or > 100m)
            {
                yield return $"rule {rule.Id}: a condition needs exactly one of below or atLeast, between 0 and 100";
            }
        }

        if (guide is not null)
        {
            foreach (var section in rule.Guide.Where(id => guide.Sections.All(s => s.Id != id)))
            {
                yield return $"rule {rule.Id} links to an unknown guide section {section}";
            }
        }
    }

    private static IEnumerable<string> Untranslated(IEnumerable<(string Path, LocalizedText Text)> texts)
    {
        foreach (var (path, text) in texts)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                if (string.IsNullOrWhiteSpace(text.In(language)))
                {
                    yield return string.Create(CultureInfo.InvariantCulture, $"{path} has no {language} text");
                }
            }
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> ids) =>
        ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
