using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>A count for one value of a breakdown dimension.</summary>
public abstract class CountByGraphType<TKey, TKeyGraphType> : ObjectGraphType<KeyValuePair<TKey, int>>
    where TKeyGraphType : GraphType
{
    protected CountByGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<TKeyGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Value);
    }
}
