using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Whether an import job is still applying rows.</summary>
public sealed class ImportJobStatusEnumGraphType : EnumerationGraphType<Ise.Imports.ImportJobStatus>;
