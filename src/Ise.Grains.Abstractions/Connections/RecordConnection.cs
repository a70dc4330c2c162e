using Ise.Events;
using Ise.Programme;

namespace Ise.Connections;

/// <summary>At an event, one SME asks to meet another.</summary>
[GenerateSerializer, Immutable, Alias("ise.record-connection")]
public sealed record RecordConnection(
    [property: Id(0)] string EventId,
    [property: Id(1)] string HostPartnerId,
    [property: Id(2)] Region EventRegion,
    [property: Id(3)] Attendee Requester,
    [property: Id(4)] Attendee Counterpart);
