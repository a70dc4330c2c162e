using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Size band by staff count.</summary>
public sealed class SizeBandEnumGraphType : EnumerationGraphType<Ise.Smes.SizeBand>;
