using GraphQL.Types;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

public sealed class JourneyEntryGraphType : ObjectGraphType<JourneyEntry>
{
    public JourneyEntryGraphType()
    {
        Name = "JourneyEntry";
        Description = "One engagement on an SME's timeline.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.Kind, type: typeof(NonNullGraphType<JourneyEntryKindEnumGraphType>));
        Field(e => e.OccurredAt);
        Field(e => e.LocalTime, type: typeof(NonNullGraphType<LocalDateTimeGraphType>)).Description("Local time in the region where it happened.");
        Field(e => e.PartnerId).Description("The partner that delivered it.");
        Field(e => e.Activity, type: typeof(ActivityKindEnumGraphType));
        Field(e => e.EventId, nullable: true);
        Field(e => e.CounterpartCountry, type: typeof(CountryEnumGraphType));
        Field(e => e.Reference, nullable: true).Description("What the entry refers to: an undone entry, a merged SME, a connection.");
        Field(e => e.Note, nullable: true);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt")
            .Description("When it was recorded: later than occurredAt for an engagement entered after the day it happened (backdated with occurredOn, or retroactive).")
            .Resolve(c => c.Source.RecordedAt ?? c.Source.OccurredAt);
        Field(e => e.RecordedBy, nullable: true).Description("Who recorded it, for engagements recorded through a caller's request (e.g. backdated ones); null otherwise.");
    }
}
