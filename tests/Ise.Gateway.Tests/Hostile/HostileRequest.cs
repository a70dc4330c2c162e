using System.Text;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>One hostile request: what it tries, and the raw HTTP it sends.</summary>
public sealed record HostileRequest(string Name, HttpMethod Method, string PathAndQuery, byte[]? Body, string? ContentType = "application/json", string? Accept = "application/graphql-response+json", string? ApiKey = "dev-secretariat")
{
    public static HostileRequest Json(string name, string json, string? apiKey = "dev-secretariat") =>
        new(name, HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(json), ApiKey: apiKey);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, new Uri(PathAndQuery, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        if (ApiKey is not null)
        {
            message.Headers.Add("X-Api-Key", ApiKey);
        }

        return message;
    }

    public override string ToString() => Name;
}
