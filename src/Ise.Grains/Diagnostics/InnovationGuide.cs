namespace Ise.Diagnostics;

/// <summary>The programme's cross-border innovation guide, as data (<c>Guide/guide.json</c>).</summary>
public sealed record InnovationGuide(string Edition, LocalizedText Title, LocalizedText Introduction, IReadOnlyList<GuideSection> Sections)
{
    public IEnumerable<(string Path, LocalizedText Text)> Texts()
    {
        yield return ("title", Title);
        yield return ("introduction", Introduction);
        foreach (var section in Sections)
        {
            yield return ($"sections.{section.Id}.title", section.Title);
            yield return ($"sections.{section.Id}.summary", section.Summary);
            for (var i = 0; i < section.Paragraphs.Count; i++)
            {
                yield return ($"sections.{section.Id}.paragraphs[{i}]", section.Paragraphs[i]);
            }
        }
    }
}
