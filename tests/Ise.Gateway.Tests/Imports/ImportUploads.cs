using System.Net;
using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Gateway.Tests.Imports;

/// <summary>CSV uploads to the import endpoints over real HTTP, as a partner's script sends them, and following a job until it completes.</summary>
public sealed class ImportUploads(EmbeddedGatewayFactory factory)
{
    /// <summary>Uploads a file, expects 202 with a Location, and follows the job there until it completes.</summary>
    public async Task<JsonNode> ImportAsync(string key, string path, byte[] file, string name)
    {
        var (status, body, location) = await PostWithLocationAsync(key, path, file, name);
        Assert.True(status == HttpStatusCode.Accepted, $"{(int)status}: {body}");
        var http = Http(key);
        JsonNode job = JsonNode.Parse(body)!;
        await Eventually.TrueAsync(async () =>
        {
            job = JsonNode.Parse(await http.GetStringAsync(location))!;
            return job["status"]!.GetValue<string>() == "completed";
        }, TimeSpan.FromSeconds(60), "the import completes");
        Assert.Equal(name, job["fileName"]!.GetValue<string>());
        return job;
    }

    public async Task<(HttpStatusCode Status, string Body, Uri? Location)> PostWithLocationAsync(string? key, string path, byte[] file, string name = "upload.csv")
    {
        using var content = CsvUpload.Of(file, name);
        using var response = await (key is null ? factory.CreateClient() : Http(key)).PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    public HttpClient Http(string key)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    /// <summary>A text member of a job or report line as the endpoint answers it.</summary>
    public static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();

    /// <summary>A number member of a job or report line as the endpoint answers it.</summary>
    public static int Number(JsonNode node, string name) => node[name]!.GetValue<int>();
}
