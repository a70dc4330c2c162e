using Ise.Hosting;
using Ise.Hosting.Health;
using Ise.Hosting.Telemetry;

if (await HealthProbe.TryRunAsync(args) is { } probed)
{
    return probed;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddIseTelemetry("ise-silo");
builder.AddIseSilo();

var app = builder.Build();
app.MapIseHealthChecks();

return await app.RunIseAsync(args, appliesMigrations: true);
