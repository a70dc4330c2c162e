using Ise.Hosting;
using Microsoft.AspNetCore.Authentication;

namespace Ise.Gateway.Security;

/// <summary>API-key authentication and the named policies, configured from <c>Ise:ApiKeys</c>.</summary>
public static class IseSecurityExtensions
{
    public static WebApplicationBuilder AddIseSecurity(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection($"{IseKeys.ConfigurationSection}:ApiKeys").Get<List<ApiKeyEntry>>() ?? [];
        var mode = IseOptions.From(builder.Configuration).Mode;
        var keys = mode == IseMode.Embedded
            ? configured.Concat(DevelopmentApiKeys.All.Select(k => k.Entry))
            : configured;

        builder.Services.AddSingleton(new ApiKeyStore(keys));
        builder.Services
            .AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization(IsePolicies.Register);
        return builder;
    }
}
