using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class SmeFilterInputGraphType : InputObjectGraphType<SmeFilter>
{
    public SmeFilterInputGraphType()
    {
        Name = "SmeFilter";
        Field(f => f.Region, type: typeof(RegionEnumGraphType));
        Field(f => f.Sector, type: typeof(SectorEnumGraphType));
        Field(f => f.PartnerId, type: typeof(IdGraphType));
        Field(f => f.Stage, type: typeof(SmeStageEnumGraphType));
        Field(f => f.Name, nullable: true).Description(
            $"Words ({SmeNameSearch.MinLength}-{SmeNameSearch.MaxLength} characters, one word of at least {SmeNameWords.MinIndexedLength}) each beginning a word of the SME's name " +
            "or its company id; case, accents and punctuation ignored. Read from the name index.");
    }
}
