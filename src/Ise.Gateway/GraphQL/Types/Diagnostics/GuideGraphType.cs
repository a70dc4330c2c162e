using GraphQL;
using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>The cross-border innovation guide in one language.</summary>
public sealed class GuideGraphType : ObjectGraphType<Localized<InnovationGuide>>
{
    public GuideGraphType()
    {
        Name = "Guide";
        Description = "The programme's cross-border innovation guide: short sections per topic.";
        Field<NonNullGraphType<StringGraphType>>("edition").Resolve(c => c.Source.Item.Edition);
        Field<NonNullGraphType<LanguageEnumGraphType>>("language").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Item.Title.In(c.Source.Language));
        Field<NonNullGraphType<StringGraphType>>("introduction").Resolve(c => c.Source.Item.Introduction.In(c.Source.Language));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GuideSectionGraphType>>>>("sections").WithComplexityImpact(1, 6).Resolve(c => c.Source.WithEach(c.Source.Item.Sections));
    }
}
