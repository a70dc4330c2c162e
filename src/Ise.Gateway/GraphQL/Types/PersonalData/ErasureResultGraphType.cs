using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.PersonalData;

public sealed class ErasureResultGraphType : ObjectGraphType<ErasureResult>
{
    public ErasureResultGraphType()
    {
        Name = "ErasureResult";
        Description = "The contact's record is gone from the SME's state and storage; journeys and counts keep the ids only.";
        Field<NonNullGraphType<IdGraphType>>("smeId").Resolve(c => c.Source.SmeId);
        Field<NonNullGraphType<IdGraphType>>("contactId").Resolve(c => c.Source.ContactId);
        Field<NonNullGraphType<BooleanGraphType>>("erased").Description("True when erased by this request; false when it had been erased before.").Resolve(c => c.Source.Erased);
    }
}
