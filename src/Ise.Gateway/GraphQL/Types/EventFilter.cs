using Ise.Events;
using Ise.Programme;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Which events a list shows; every given criterion must hold.</summary>
public sealed record EventFilter(
    ActivityKind? Kind = null, Region? Region = null, Sector? Sector = null, DateOnly? From = null, DateOnly? To = null, EventStatus? Status = null,
    string? HostPartnerId = null);
