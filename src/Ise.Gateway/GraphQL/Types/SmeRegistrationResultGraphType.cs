using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class SmeRegistrationResultGraphType : ObjectGraphType<(SmeDetails Sme, bool Created)>
{
    public SmeRegistrationResultGraphType()
    {
        Name = "SmeRegistrationResult";
        Description = "The SME, and whether this request registered it or found the firm already registered.";
        Field<NonNullGraphType<SmeGraphType>>("sme")
            .Description("The SME, to those who see it in full: a firm another partner registered first is refused (FORBIDDEN), not shown.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                var view = c.Source.Sme.View;
                return caller.CanSeeSme(view.Profile.Id, view.ServingPartnerIds)
                    ? c.Source.Sme
                    : throw ApiError.Forbidden($"SME {view.Profile.Id} was registered by another partner, who leads it; it is seen in full once your partner served it.");
            });
        Field<NonNullGraphType<BooleanGraphType>>("created").Resolve(c => c.Source.Created);
    }
}
