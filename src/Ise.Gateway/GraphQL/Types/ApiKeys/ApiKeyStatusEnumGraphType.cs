using GraphQL.Types;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Types.ApiKeys;

/// <summary>Whether a key authenticates now.</summary>
public sealed class ApiKeyStatusEnumGraphType : EnumerationGraphType<ApiKeyStatus>;
