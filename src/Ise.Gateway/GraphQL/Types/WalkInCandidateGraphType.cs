using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>An SME found by name at the door: its company data only (no contacts, no journey), enough to walk it in.</summary>
public sealed class WalkInCandidateGraphType : ObjectGraphType<SmeProfile>
{
    public WalkInCandidateGraphType()
    {
        Name = "WalkInCandidate";
        Description = "An SME that may be walked in: its id, name and where it comes from.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Name);
        Field(p => p.Country, type: typeof(NonNullGraphType<CountryEnumGraphType>));
        Field(p => p.Region, type: typeof(NonNullGraphType<RegionEnumGraphType>));
        Field(p => p.Sector, type: typeof(NonNullGraphType<SectorEnumGraphType>));
    }
}
