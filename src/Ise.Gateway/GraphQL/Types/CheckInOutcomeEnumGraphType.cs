using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Answer of a check-in.</summary>
public sealed class CheckInOutcomeEnumGraphType : EnumerationGraphType<Ise.Events.CheckInOutcome>;
