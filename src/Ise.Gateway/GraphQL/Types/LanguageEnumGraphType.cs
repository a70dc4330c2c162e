using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Working language.</summary>
public sealed class LanguageEnumGraphType : EnumerationGraphType<Ise.Programme.Language>;
