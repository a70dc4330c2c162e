using GraphQL.Types;
using Ise.Gateway.Security;

namespace Ise.Gateway.GraphQL.Types.ApiKeys;

/// <summary>Where a key comes from: only directory keys can be rotated or revoked through the API.</summary>
public sealed class ApiKeySourceEnumGraphType : EnumerationGraphType<ApiKeySource>;
