using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>What happened in a journey step.</summary>
public sealed class JourneyEntryKindEnumGraphType : EnumerationGraphType<Ise.Smes.JourneyEntryKind>;
