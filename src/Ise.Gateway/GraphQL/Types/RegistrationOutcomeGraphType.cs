using GraphQL.Types;
using Ise.Events;

namespace Ise.Gateway.GraphQL.Types;

public sealed class RegistrationOutcomeGraphType : ObjectGraphType<RegistrationOutcome>
{
    public RegistrationOutcomeGraphType()
    {
        Name = "RegistrationOutcome";
        Field(o => o.Registration, type: typeof(NonNullGraphType<RegistrationGraphType>));
        Field(o => o.Created).Description("False when a retry or the same attendee found the registration already made.");
    }
}
