using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;
using Ise.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Security.KeyRing;

/// <summary>
/// Part of readiness: degraded when a stored Data Protection key that may still protect a session (not
/// expired longer ago than a session lives) cannot be opened with this gateway's <c>Ise:DataProtection</c>
/// keys — its key is not configured here, or configured with other bytes than on the gateway that sealed
/// it. That is how gateways configured with different keys show: cookies of one are not read by the other.
/// </summary>
public sealed class KeyRingHealthCheck(IGrainFactory grains, KeyRingKeys keys, IOptions<SignInOptions> signIn, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stored = await grains.GetGrain<IDataProtectionKeyRingGrain>(IseKeys.DataProtectionKeyRing).ElementsAsync();
        var oldest = time.GetUtcNow() - signIn.Value.SessionLifetime;
        var problems = new List<string>();
        foreach (var (name, xml) in stored)
        {
            var element = XElement.Parse(xml);
            if ((DateTimeOffset?)element.Element("expirationDate") is { } expires && expires < oldest)
            {
                continue;
            }

            foreach (var sealedSecret in element.Descendants(KeyRingKeys.SealedElement))
            {
                try
                {
                    keys.Open(sealedSecret);
                }
                catch (CryptographicException ex)
                {
                    problems.Add($"{name}: {ex.Message}");
                }
            }
        }

        var data = new Dictionary<string, object>
        {
            ["elements"] = stored.Count,
            ["encryptWith"] = keys.Current,
            ["configuredKeys"] = string.Join(", ", keys.Ids),
        };
        return problems.Count == 0
            ? HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"{stored.Count} key ring elements; new ones encrypted with '{keys.Current}'"), data)
            : HealthCheckResult.Degraded(string.Join(" | ", problems), data: data);
    }
}
