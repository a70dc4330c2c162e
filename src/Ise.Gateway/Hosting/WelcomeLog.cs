using Ise.Gateway.Security;
using Ise.Hosting;

namespace Ise.Gateway.Hosting;

/// <summary>Once the gateway listens, logs where to open it and, in embedded mode, the development keys and sign-ins.</summary>
public static partial class WelcomeLog
{
    public static WebApplication LogIseWelcome(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Ise.Gateway");
            var mode = app.Services.GetRequiredService<IseOptions>().Mode;
            foreach (var url in app.Urls)
            {
                LogListening(logger, mode, url);
                LogDashboards(logger, url);
            }

            if (mode == IseMode.Embedded)
            {
                foreach (var (key, entry) in DevelopmentApiKeys.All)
                {
                    LogDevelopmentKey(logger, key, entry.Role, entry.Scope ?? "everything");
                }

                foreach (var person in DevelopmentPeople.All)
                {
                    LogDevelopmentPerson(logger, person.Email, person.Password, person.Role, person.Scope ?? "everything");
                }
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ISE platform ({Mode} mode) ready: open {Url}")]
    private static partial void LogListening(ILogger logger, IseMode mode, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live pages: {Url}/live/event.html?id=ev-demo-taster (organiser dashboard), {Url}/live/cluster.html?sector=mechatronics (cluster feed), {Url}/live/overview.html (programme overview)")]
    private static partial void LogDashboards(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development API key: send header 'X-Api-Key: {Key}' to act as {Role} of {Scope}")]
    private static partial void LogDevelopmentKey(ILogger logger, string key, Ise.Security.IseRole role, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development sign-in: {Email} with password '{Password}' at /signin acts as {Role} of {Scope}")]
    private static partial void LogDevelopmentPerson(ILogger logger, string email, string password, Ise.Security.IseRole role, string scope);
}
