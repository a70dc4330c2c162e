using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>What a CSV import brings in.</summary>
public sealed class ImportKindEnumGraphType : EnumerationGraphType<Ise.Imports.ImportKind>;
