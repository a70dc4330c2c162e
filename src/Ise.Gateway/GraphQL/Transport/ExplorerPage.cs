namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// The GraphQL explorer (Altair), served from the gateway's own files so it works offline. Its files
/// are restored from npm at build time into wwwroot/explorer (never committed).
/// </summary>
public sealed class ExplorerPage(IWebHostEnvironment environment)
{
    public const string Folder = "explorer";

    public async Task WriteAsync(HttpContext http)
    {
        var page = environment.WebRootFileProvider.GetFileInfo($"{Folder}/index.html");
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                "The GraphQL explorer was not built: install Node.js and npm, then build the gateway again " +
                "(the build runs npm ci in src/Ise.Gateway/ClientApp). The API itself works: POST /graphql.");
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(page, http.RequestAborted);
    }
}
