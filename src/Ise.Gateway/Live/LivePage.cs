namespace Ise.Gateway.Live;

/// <summary>
/// A page of <c>wwwroot/live</c> served at an address of its own: the home page at <c>/</c> and the
/// sign-in page at <c>/signin</c>. The pages load their scripts and styles from <c>/live/</c>.
/// </summary>
public static class LivePage
{
    public const string HomePath = "/";

    public static RouteHandlerBuilder MapLivePage(this IEndpointRouteBuilder endpoints, string path, string file) =>
        endpoints.MapGet(path, (IWebHostEnvironment environment) =>
            Results.Stream(environment.WebRootFileProvider.GetFileInfo("live/" + file).CreateReadStream(), "text/html; charset=utf-8"));
}
