using GraphQL.Types;
using Ise.Events;
using Ise.Gateway.Live;

namespace Ise.Gateway.GraphQL.Types;

public sealed class RegistrationGraphType : ObjectGraphType<Registration>
{
    public RegistrationGraphType()
    {
        Name = "Registration";
        Description = "A registration for an event; its code is the badge's QR payload.";
        Field(r => r.Code);
        Field(r => r.EventId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<IdGraphType>>("smeId").Resolve(c => c.Source.Attendee.SmeId);
        Field<StringGraphType>("smeName")
            .Description("The firm's name (company data, as the event's dashboard shows it); null when the SME is gone.")
            .ResolveAsync(async c => (await c.RequestServices!.GetRequiredService<DisplayNames>().SmeAsync(c.Source.Attendee.SmeId))?.Name);
        Field<IdGraphType>("contactId").Resolve(c => c.Source.Attendee.ContactId);
        Field<NonNullGraphType<CountryEnumGraphType>>("country").Resolve(c => c.Source.Attendee.Country);
        Field<NonNullGraphType<RegionEnumGraphType>>("region").Resolve(c => c.Source.Attendee.Region);
        Field<NonNullGraphType<SectorEnumGraphType>>("sector").Resolve(c => c.Source.Attendee.Sector);
        Field(r => r.Status, type: typeof(NonNullGraphType<AttendanceStatusEnumGraphType>));
        Field(r => r.RegisteredAt);
        Field(r => r.CheckedInAt, nullable: true);
        Field(r => r.WalkIn);
        Field(r => r.Retroactive);
        Field(r => r.Feedback, type: typeof(FeedbackGraphType));
    }
}
