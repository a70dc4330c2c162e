using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>What became of one row of an import.</summary>
public sealed class ImportRowOutcomeEnumGraphType : EnumerationGraphType<Ise.Imports.ImportRowOutcome>;
