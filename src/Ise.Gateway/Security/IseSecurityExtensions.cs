using Ise.Hosting;
using Ise.Hosting.Health;
using Microsoft.AspNetCore.Authentication;

namespace Ise.Gateway.Security;

/// <summary>
/// API-key authentication and the named policies. Keys come from configuration (<c>Ise:ApiKeys</c>),
/// the development keys (embedded mode only) and the key directory the secretariat manages.
/// </summary>
public static class IseSecurityExtensions
{
    public static WebApplicationBuilder AddIseSecurity(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection($"{IseKeys.ConfigurationSection}:ApiKeys").Get<List<ApiKeyEntry>>() ?? [];
        var mode = IseOptions.From(builder.Configuration).Mode;
        var development = mode == IseMode.Embedded ? DevelopmentApiKeys.All.Select(k => k.Entry) : [];

        builder.Services.AddSingleton(services => new ApiKeyStore(configured, development, services.GetRequiredService<TimeProvider>()));
        builder.AddIseApiKeyDirectory();
        builder.Services
            .AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization(IsePolicies.Register);
        return builder;
    }

    /// <summary>Follows the key directory (<c>Ise:ApiKeyDirectory</c>) and audits its changes.</summary>
    private static void AddIseApiKeyDirectory(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection($"{IseKeys.ConfigurationSection}:ApiKeyDirectory").Get<ApiKeyDirectoryOptions>() ?? new ApiKeyDirectoryOptions();
        if (options.RefreshSeconds is < 1 or > ApiKeyDirectoryOptions.MaxRefreshSeconds)
        {
            throw new InvalidOperationException($"Ise:ApiKeyDirectory:RefreshSeconds must be between 1 and {ApiKeyDirectoryOptions.MaxRefreshSeconds}.");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ApiKeyAudit>();
        builder.Services.AddSingleton<ApiKeyDirectoryRefresher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ApiKeyDirectoryRefresher>());
        builder.Services.AddHealthChecks().AddCheck<ApiKeyDirectoryHealthCheck>("api-key-directory", tags: [IseHealthCheckExtensions.ReadyTag]);
    }
}
