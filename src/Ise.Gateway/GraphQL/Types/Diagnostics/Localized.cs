using Ise.Diagnostics;
using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>A piece of diagnostic data with the language its texts are shown in and the questionnaire that names its ids.</summary>
public sealed record Localized<T>(T Item, Language Language, Questionnaire Questionnaire)
{
    public Localized<TOther> With<TOther>(TOther item) => new(item, Language, Questionnaire);

    public IEnumerable<Localized<TOther>> WithEach<TOther>(IEnumerable<TOther> items) => items.Select(With);

    public string Name(string id) => Questionnaire.NameOf(id).In(Language);
}
