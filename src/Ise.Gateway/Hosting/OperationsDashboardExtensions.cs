using Ise.Gateway.Security;
using Orleans.Dashboard;

namespace Ise.Gateway.Hosting;

/// <summary>
/// The Orleans Dashboard (silos, activations, grain calls, reminders) for operators. It can show
/// grain state, so every page and API of it requires the secretariat role.
/// </summary>
public static class OperationsDashboardExtensions
{
    public const string Path = "/operations/orleans";

    public static WebApplication MapIseOperationsDashboard(this WebApplication app)
    {
        app.MapOrleansDashboard(Path).RequireAuthorization(IsePolicies.Secretariat);
        return app;
    }
}
