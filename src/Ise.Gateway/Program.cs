using Ise.Gateway.GraphQL;
using Ise.Gateway.Hosting;
using Ise.Gateway.Imports;
using Ise.Gateway.Indicators;
using Ise.Gateway.Live;
using Ise.Gateway.Security;
using Ise.Hosting;
using Ise.Hosting.Health;
using Ise.Hosting.Telemetry;

if (await HealthProbe.TryRunAsync(args) is { } probed)
{
    return probed;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddIseTelemetry("ise-gateway");
builder.AddIseOrleans();
builder.AddIseSecurity();
builder.AddIseRateLimiting();
builder.AddIseGraphQL();
builder.AddIseLive();
builder.AddIseImports();

var app = builder.Build();
app.UseIseRefusalBodies();
app.UseStaticFiles();
app.UseIseAccountCheckUnavailableAnswer();
app.UseAuthentication();
app.UseIseCsrfHeaderCheck();
app.UseRateLimiter();
app.UseAuthorization();
app.MapIseHealthChecks();
app.MapIseCaller();
app.MapIseSignIn();
app.MapIseGraphQL();
app.MapIseOperationsDashboard();
app.MapIseIndicators();
app.MapIseLive();
app.MapIseImports();
app.LogIseWelcome();

return await app.RunIseAsync(args, appliesMigrations: false);

/// <summary>The gateway's entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
