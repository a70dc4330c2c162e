using Ise.Hosting;
using Ise.Hosting.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddIseSilo();

var app = builder.Build();
app.MapIseHealthChecks();

return await app.RunIseAsync(args, appliesMigrations: true);
