using System.Globalization;
using Microsoft.AspNetCore.Hosting;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// The embedded gateway with a key for every caller of the matrix (<see cref="MatrixWorld.ConfiguredKeys"/>,
/// configured by hash as operators do) and the matrix's data set up once, through the API.
/// </summary>
public sealed class MatrixGatewayFactory : EmbeddedGatewayFactory, IAsyncLifetime
{
    private MatrixWorld? _world;

    public MatrixWorld World => _world ?? throw new InvalidOperationException("The matrix data is not set up yet.");

    public async Task InitializeAsync() => _world = await MatrixWorld.CreateAsync(CreateClient);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        for (var i = 0; i < MatrixWorld.ConfiguredKeys.Count; i++)
        {
            var (key, role, scope) = MatrixWorld.ConfiguredKeys[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"Ise:ApiKeys:{i + 1}:");
            builder.UseSetting(prefix + "Name", $"Matrix {role} for {scope}");
            builder.UseSetting(prefix + "KeyHash", Gateway.Security.ApiKeyStore.Hash(key));
            builder.UseSetting(prefix + "Role", role);
            builder.UseSetting(prefix + "Scope", scope);
        }
    }
}
