using GraphQL.Types;
using Ise.Events;

namespace Ise.Gateway.GraphQL.Types;

public sealed class CheckInResultGraphType : ObjectGraphType<CheckInResult>
{
    public CheckInResultGraphType()
    {
        Name = "CheckInResult";
        Field(r => r.Outcome, type: typeof(NonNullGraphType<CheckInOutcomeEnumGraphType>));
        Field(r => r.Registration, type: typeof(NonNullGraphType<RegistrationGraphType>));
        Field(r => r.LocalTime).Description("HH:mm of the check-in, local time of the event.");
        Field(r => r.Message).Description("What to show at the door, e.g. \"Already checked in at 09:42.\"");
    }
}
