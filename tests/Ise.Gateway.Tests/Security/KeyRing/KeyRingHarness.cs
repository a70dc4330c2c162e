using System.Xml.Linq;
using Ise.Gateway.Security;
using Ise.Gateway.Security.KeyRing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Tests.Security.KeyRing;

/// <summary>
/// Another gateway's Data Protection, as a gateway registers it (<see cref="IseSecurityExtensions.AddIseKeyRing"/>),
/// on the shared ring of a running gateway's silo, with keys of its own: what a gateway restarted with other
/// <c>Ise:DataProtection</c> settings would do with that ring and its cookies.
/// </summary>
public sealed class KeyRingHarness : IDisposable
{
    private const string CookiePurpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";

    private readonly ServiceProvider _services;

    public KeyRingHarness(IGrainFactory grains, KeyRingKeys keys)
    {
        Keys = keys;
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(grains)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(Options.Create(new SignInOptions()))
            .AddIseKeyRing(keys)
            .BuildServiceProvider();
    }

    public KeyRingKeys Keys { get; }

    public IDataProtectionProvider ProtectionProvider => _services.GetRequiredService<IDataProtectionProvider>();

    /// <summary>The person a sign-in cookie's value names, or null when this gateway cannot read it.</summary>
    public string? PersonIn(string cookieValue) =>
        new TicketDataFormat(ProtectionProvider.CreateProtector(CookiePurpose, PersonCookie.SchemeName, "v2"))
            .Unprotect(cookieValue)?.Principal.Identity?.Name;

    /// <summary>Reads the ring as Data Protection does when it loads it.</summary>
    public IReadOnlyCollection<XElement> ReadRing() => _services.GetRequiredService<GrainKeyRingRepository>().GetAllElements();

    public Task<HealthCheckResult> CheckAsync() =>
        ActivatorUtilities.CreateInstance<KeyRingHealthCheck>(_services).CheckHealthAsync(new HealthCheckContext());

    public void Dispose() => _services.Dispose();

    /// <summary>A key element as Data Protection writes it without an encryptor: its master key in the clear.</summary>
    public static (string Name, XElement Element, IDataProtectionProvider Protection) PlaintextKey()
    {
        var repository = new CapturingRepository();
        var services = new ServiceCollection().AddLogging();
        services.AddDataProtection().SetApplicationName(IseKeys.DataProtectionApplication).AddKeyManagementOptions(o => o.XmlRepository = repository);
        var provider = services.BuildServiceProvider();
        var now = DateTimeOffset.UtcNow;
        provider.GetRequiredService<IKeyManager>().CreateNewKey(now.AddMinutes(-1), now.AddDays(90));
        var (name, element) = repository.Stored.Single();
        return (name, element, provider.GetRequiredService<IDataProtectionProvider>());
    }

    private sealed class CapturingRepository : IXmlRepository
    {
        public List<(string Name, XElement Element)> Stored { get; } = [];

        public IReadOnlyCollection<XElement> GetAllElements() => [.. Stored.Select(s => s.Element)];

        public void StoreElement(XElement element, string friendlyName) => Stored.Add((friendlyName, new XElement(element)));
    }
}
