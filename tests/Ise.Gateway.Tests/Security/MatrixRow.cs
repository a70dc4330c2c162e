using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// One operation of the authorization matrix: the roles allowed to call it (every other caller must
/// be refused) and how to call it as a given caller against the matrix's data. A GraphQL row's
/// operation is the root field's name; an endpoint's is <c>METHOD route</c>; a hub method's is <c>Hub.Method</c>.
/// </summary>
public sealed record MatrixRow(string Operation, MatrixSurface Surface, IReadOnlySet<MatrixRole> Allowed, Func<MatrixWorld, MatrixRole, Task<MatrixOutcome>> ProbeAsync, string? AnonymousOutcome = null)
{
    /// <summary>For rows whose request takes no variables.</summary>
    public static readonly Func<MatrixWorld, MatrixRole, Task<object?>> NoVariables = (_, _) => Task.FromResult<object?>(null);

    /// <summary>What the caller must get: ALLOWED for the allowed roles, else the refusal of the surface for its kind of caller.</summary>
    public string Expected(MatrixRole role) =>
        Allowed.Contains(role) ? MatrixOutcome.Allowed
        : role != MatrixRole.Anonymous ? MatrixOutcome.Forbidden
        : AnonymousOutcome ?? (Surface == MatrixSurface.GraphQL ? MatrixOutcome.Forbidden : MatrixOutcome.Unauthenticated);

    /// <summary>Variables that do not depend on the caller.</summary>
    public static Func<MatrixWorld, MatrixRole, Task<object?>> Fixed(object variables) => (_, _) => Task.FromResult<object?>(variables);

    /// <summary>A root field of the GraphQL schema, sent as <paramref name="document"/> with the variables made for each caller.</summary>
    public static MatrixRow Graph(string field, string document, Func<MatrixWorld, MatrixRole, Task<object?>> variables, params MatrixRole[] allowed) =>
        new(field, MatrixSurface.GraphQL, allowed.ToHashSet(), async (world, role) =>
        {
            var (status, body) = await world.Client(role).SendAsync(document, await variables(world, role));
            if (body["errors"] is JsonArray { Count: > 0 } errors)
            {
                var code = errors[0]!["extensions"]?["code"]?.GetValue<string>();
                var message = errors[0]!["message"]?.GetValue<string>() ?? "";
                return new MatrixOutcome(string.IsNullOrWhiteSpace(message) ? $"{code} without a message" : code ?? $"HTTP {(int)status} without a code", message);
            }

            return (int)status != 200 ? new MatrixOutcome($"HTTP {(int)status}", body.ToJsonString())
                : body["data"]?[field] is null ? new MatrixOutcome(MatrixOutcome.Null, body.ToJsonString())
                : new MatrixOutcome(MatrixOutcome.Allowed, Shorten(body.ToJsonString()));
        });

    /// <summary>An HTTP endpoint, called with the request made for each caller (the caller's key is added).</summary>
    public static MatrixRow Http(string operation, Func<MatrixWorld, MatrixRole, Task<HttpRequestMessage>> request, params MatrixRole[] allowed) =>
        new(operation, MatrixSurface.Http, allowed.ToHashSet(), async (world, role) =>
        {
            using var http = world.Http(role);
            using var message = await request(world, role);
            using var response = await http.SendAsync(message);
            var text = Shorten(await response.Content.ReadAsStringAsync());
            return response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => new MatrixOutcome(MatrixOutcome.Unauthenticated, text),
                HttpStatusCode.Forbidden => new MatrixOutcome(MatrixOutcome.Forbidden, text),
                >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices when text.Length > 0 => new MatrixOutcome(MatrixOutcome.Allowed, $"{(int)response.StatusCode}: {text}"),
                _ => new MatrixOutcome($"HTTP {(int)response.StatusCode}", text),
            };
        });

    /// <summary>A hub method, invoked over a real SignalR connection authenticated as the browser pages do.</summary>
    public static MatrixRow Hub(string hubPath, string hub, string method, Func<MatrixWorld, object[]> arguments, params MatrixRole[] allowed) =>
        new($"{hub}.{method}", MatrixSurface.Hub, allowed.ToHashSet(), async (world, role) =>
        {
            LiveClient client;
            try
            {
                client = await LiveClient.ConnectAsync(world.Address, hubPath, MatrixWorld.KeyOf(role));
            }
            catch (HttpRequestException refused) when (refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                return new MatrixOutcome(refused.StatusCode == HttpStatusCode.Unauthorized ? MatrixOutcome.Unauthenticated : MatrixOutcome.Forbidden, "refused when connecting: " + refused.Message);
            }

            await using (client)
            {
                try
                {
                    var answer = await client.InvokeAsync(method, arguments(world));
                    return answer.ValueKind == JsonValueKind.Object
                        ? new MatrixOutcome(MatrixOutcome.Allowed, Shorten(answer.GetRawText()))
                        : new MatrixOutcome(MatrixOutcome.Null, answer.GetRawText());
                }
                catch (HubException error)
                {
                    return new MatrixOutcome(error.Message.Contains("HubException: FORBIDDEN: ", StringComparison.Ordinal) ? MatrixOutcome.Forbidden : "HubException", error.Message);
                }
            }
        });

    public override string ToString() => Operation;

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
