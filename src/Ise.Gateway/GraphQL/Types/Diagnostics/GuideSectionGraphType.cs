using GraphQL.Types;
using Ise.Diagnostics;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

public sealed class GuideSectionGraphType : ObjectGraphType<Localized<GuideSection>>
{
    public GuideSectionGraphType()
    {
        Name = "GuideSection";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Item.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Item.Title.In(c.Source.Language));
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => c.Source.Item.Summary.In(c.Source.Language));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("paragraphs").Resolve(c => c.Source.Item.Paragraphs.Select(p => p.In(c.Source.Language)).ToList());
    }
}
