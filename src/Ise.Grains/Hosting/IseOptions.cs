using Microsoft.Extensions.Configuration;

namespace Ise.Hosting;

/// <summary>The platform's settings, bound from the <c>Ise</c> configuration section.</summary>
public sealed class IseOptions
{
    public IseMode Mode { get; set; } = IseMode.Embedded;

    public PostgresOptions Postgres { get; set; } = new();

    public OrleansEndpointOptions Orleans { get; set; } = new();

    /// <summary>Seed the clearly-labelled demo data set (embedded mode only).</summary>
    public bool SeedDemoData { get; set; } = true;

    public static IseOptions From(IConfiguration configuration)
    {
        var options = new IseOptions();
        configuration.GetSection(IseKeys.ConfigurationSection).Bind(options);
        return options;
    }
}
