using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Stage of an SME's journey.</summary>
public sealed class SmeStageEnumGraphType : EnumerationGraphType<Ise.Smes.SmeStage>;
