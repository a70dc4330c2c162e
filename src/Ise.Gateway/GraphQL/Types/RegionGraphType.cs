using GraphQL.Types;
using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types;

public sealed class RegionGraphType : ObjectGraphType<RegionInfo>
{
    public RegionGraphType()
    {
        Name = "RegionInfo";
        Description = "A programme region, its country and the time zone of its local dates.";
        Field(r => r.Region, type: typeof(NonNullGraphType<RegionEnumGraphType>));
        Field(r => r.Slug);
        Field(r => r.Name);
        Field(r => r.Country, type: typeof(NonNullGraphType<CountryEnumGraphType>));
        Field(r => r.TimeZoneId);
    }
}
