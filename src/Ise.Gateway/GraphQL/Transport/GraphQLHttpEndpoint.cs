using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Ise.Gateway.GraphQL.Cost;
using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with the query in the URL (queries only), media
/// types application/graphql-response+json and application/json, and the specification's status
/// codes (400, 405, 406, 413, 415). A browser asking for HTML gets the explorer instead. Every document
/// that parses and passes the pre-check is priced (<see cref="OperationPricer"/>) before it runs, and the
/// price is returned in <c>extensions.cost</c>; a dry run (<see cref="DryRun"/>) stops after validation.
/// </summary>
public sealed partial class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer, ISchema schema, IGraphQLTextSerializer serializer, ExplorerPage explorer, ILogger<GraphQLHttpEndpoint> logger)
{
    public const string Path = "/graphql";
    public const long MaxBodyBytes = 256 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            await RefuseAsync(http, StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported: use GET for queries or POST.", allow: "GET, POST");
            return;
        }

        if (HttpMethods.IsGet(request.Method) && MediaTypes.WantsHtml(request))
        {
            await explorer.WriteAsync(http);
            return;
        }

        var mediaType = MediaTypes.Negotiate(request);
        if (mediaType is null)
        {
            await RefuseAsync(http, StatusCodes.Status406NotAcceptable,
                $"The response is {MediaTypes.GraphQLResponse} or {MediaTypes.Json}; the Accept header allows neither.");
            return;
        }

        var (graphQLRequest, problem, status) = HttpMethods.IsGet(request.Method) ? FromQueryString(request, mediaType) : await FromBodyAsync(request, mediaType);
        if (graphQLRequest is null)
        {
            await RefuseAsync(http, status, problem!, mediaType: mediaType);
            return;
        }

        if (HttpMethods.IsGet(request.Method) && IsMutation(graphQLRequest))
        {
            await RefuseAsync(http, StatusCodes.Status405MethodNotAllowed, "Mutations are sent with POST, not GET.", allow: "POST", mediaType: mediaType);
            return;
        }

        var precheck = DocumentPrecheck.Check(graphQLRequest.Query!);
        if ((precheck.Problem ?? DryRun.Problem(graphQLRequest.Extensions)) is { } refused)
        {
            await RefuseAsync(http, RefusedBeforeExecution(mediaType), refused, mediaType: mediaType);
            return;
        }

        var cost = precheck.Document is { } document ? OperationPricer.Price(schema, document, graphQLRequest.OperationName, graphQLRequest.Variables) : null;
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = graphQLRequest.Query;
            options.Document = precheck.Document;
            options.OperationName = graphQLRequest.OperationName;
            options.Variables = graphQLRequest.Variables;
            options.Extensions = graphQLRequest.Extensions;
            options.User = http.User;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = http.RequestAborted;
        });

        // graphql-response+json: a request that failed before execution (syntax, validation, variables) is a 400.
        // A dry run that passed validation reached the (empty) execution: a 200 without data.
        var valid = result.Executed;
        if (DryRun.IsRequested(graphQLRequest.Extensions))
        {
            result.Executed = false;
            result.Data = null;
        }

        if (cost is not null)
        {
            (result.Extensions ??= [])[OperationCost.ExtensionKey] = cost.ToExtension();
        }

        http.Response.StatusCode = mediaType == MediaTypes.GraphQLResponse && !valid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private (GraphQLRequest? Request, string? Problem, int Status) FromQueryString(HttpRequest request, string mediaType)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, "The query parameter 'query' is required.", StatusCodes.Status400BadRequest);
        }

        if (NullIfEmpty(request.Query["variables"]) is { } json && VariableValueSize.Of(json) is { } tooBig)
        {
            return (null, tooBig, RefusedBeforeExecution(mediaType));
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = NullIfEmpty(request.Query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(request.Query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null, 0);
        }
        catch (JsonException ex)
        {
            return (null, $"variables or extensions are not valid JSON: {ex.Message}", StatusCodes.Status400BadRequest);
        }
    }

    private async Task<(GraphQLRequest? Request, string? Problem, int Status)> FromBodyAsync(HttpRequest request, string mediaType)
    {
        if (!MediaTypes.IsJson(request))
        {
            return (null, $"Send the request as {MediaTypes.Json}, not '{request.ContentType}'.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, $"The request body is larger than {MaxBodyBytes / 1024} KiB.", StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, $"The request body is larger than {MaxBodyBytes / 1024} KiB.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        if (VariableValueSize.InRequestBody(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } tooBig)
        {
            return (null, tooBig, RefusedBeforeExecution(mediaType));
        }

        buffer.Position = 0;
        try
        {
            var parsed = await serializer.ReadAsync<GraphQLRequest>(buffer, request.HttpContext.RequestAborted);
            return parsed is { Query.Length: > 0 }
                ? (parsed, null, 0)
                : (null, "The body must be a JSON object with a non-empty 'query'.", StatusCodes.Status400BadRequest);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            LogUnreadableBody(logger, ex.Message);
            return (null, $"The body is not a GraphQL request in JSON: {ex.Message}", StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>As for any request refused before execution (too costly, or not valid): 400 with graphql-response+json, 200 with plain JSON.</summary>
    private static int RefusedBeforeExecution(string mediaType) =>
        mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(request.Query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = request.OperationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
            return selected?.Operation is OperationType.Mutation or OperationType.Subscription;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    private async Task RefuseAsync(HttpContext http, int status, string message, string? allow = null, string mediaType = MediaTypes.Json)
    {
        http.Response.StatusCode = status;
        if (allow is not null)
        {
            http.Response.Headers.Allow = allow;
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [ApiError.Create(ErrorCodes.Validation, message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || string.IsNullOrEmpty(value[0]) ? null : value[0];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unreadable GraphQL request body: {Problem}")]
    private static partial void LogUnreadableBody(ILogger logger, string problem);
}
