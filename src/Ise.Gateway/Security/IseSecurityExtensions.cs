using Ise.Hosting;
using Ise.Gateway.Security.KeyRing;
using Ise.Hosting.Health;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Security;

/// <summary>
/// Who is calling: partner systems by API key, people by the sign-in cookie (<c>Ise:SignIn</c>). Keys
/// come from configuration (<c>Ise:ApiKeys</c>), the development keys (embedded mode only) and the key
/// directory the secretariat manages. A policy scheme picks the API-key scheme when a key is presented
/// and the cookie otherwise; both give the same claims, which the named policies check. The cookie's
/// Data Protection key ring lives in grain state, shared by every gateway, encrypted at rest.
/// </summary>
public static class IseSecurityExtensions
{
    /// <summary>The default scheme: forwards to the API-key scheme or the cookie scheme.</summary>
    public const string SchemeName = "Ise";

    public static WebApplicationBuilder AddIseSecurity(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection($"{IseKeys.ConfigurationSection}:ApiKeys").Get<List<ApiKeyEntry>>() ?? [];
        var mode = IseOptions.From(builder.Configuration).Mode;
        var development = mode == IseMode.Embedded ? DevelopmentApiKeys.All.Select(k => k.Entry) : [];

        builder.Services.AddSingleton(services => new ApiKeyStore(configured, development, services.GetRequiredService<TimeProvider>()));
        builder.AddIseApiKeyDirectory();

        var signIn = builder.Configuration.GetSection($"{IseKeys.ConfigurationSection}:SignIn").Get<SignInOptions>() ?? new SignInOptions();
        signIn.Validate();
        builder.Services.AddSingleton(Options.Create(signIn));

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PersonPasswords>();
        builder.Services.AddSingleton<PersonAccounts>();
        builder.Services.AddSingleton<PersonSignIn>();
        builder.Services.AddSingleton<PersonCookieEvents>();
        if (mode == IseMode.Embedded)
        {
            builder.Services.AddSingleton<DevelopmentPeopleSeeder>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DevelopmentPeopleSeeder>());
        }

        builder.Services
            .AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "API key or sign-in cookie", options =>
            {
                options.ForwardDefaultSelector = http => ApiKeyAuthenticationHandler.PresentedKey(http.Request) is null
                    ? PersonCookie.SchemeName
                    : ApiKeyAuthenticationHandler.SchemeName;
                options.ForwardChallenge = ApiKeyAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(PersonCookie.SchemeName, options =>
            {
                options.Cookie.Name = PersonCookie.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = signIn.SessionLifetime;
                options.SlidingExpiration = true;
                options.EventsType = typeof(PersonCookieEvents);
            });
        builder.Services.AddAuthorization(IsePolicies.Register);

        var keyRing = builder.Configuration.GetSection(KeyRingProtectionOptions.Section).Get<KeyRingProtectionOptions>() ?? new KeyRingProtectionOptions();
        builder.Services.AddIseKeyRing(KeyRingKeys.From(keyRing, mode));
        return builder;
    }

    /// <summary>
    /// The cookie's Data Protection key ring: kept in grain state, its secrets encrypted at rest with
    /// <paramref name="keys"/> (<c>Ise:DataProtection</c>, checked by <see cref="KeyRingKeys.From"/>, so a gateway
    /// without them does not start in cluster mode).
    /// </summary>
    public static IServiceCollection AddIseKeyRing(this IServiceCollection services, KeyRingKeys keys)
    {
        services.AddSingleton(keys);
        services.AddSingleton<GrainKeyRingRepository>();
        services.AddDataProtection().SetApplicationName(IseKeys.DataProtectionApplication);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            options.XmlRepository = provider.GetRequiredService<GrainKeyRingRepository>();
            options.XmlEncryptor = new KeyRingXmlEncryptor(keys);
        }));
        services.AddHealthChecks().AddCheck<KeyRingHealthCheck>("key-ring", tags: [IseHealthCheckExtensions.ReadyTag]);
        return services;
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
