using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Ise.Gateway.GraphQL.Cost;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.TrustedDocuments;
using Ise.Gateway.Security;
using Ise.Security;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with the query in the URL (queries only), media
/// types application/graphql-response+json and application/json, and the specification's status
/// codes (400, 405, 406, 413, 415). A browser asking for HTML gets the explorer instead. Every document
/// that parses and passes the pre-check is priced (<see cref="OperationPricer"/>) before it runs, and the
/// price is returned in <c>extensions.cost</c>; a dry run (<see cref="DryRun"/>) stops after validation.
/// Every request but the explorer's page is charged against its caller's budget of points
/// (<see cref="PointBudgets"/>) before anything of it runs: its price, at least <see cref="MinimumPrice"/>.
/// A request may name a trusted document by hash instead of sending its text (<see cref="RequestedDocument"/>);
/// the document it names then goes through the same pre-check, pricing and budget as a text.
/// </summary>
public sealed partial class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    ExplorerPage explorer,
    PointBudgets budgets,
    TrustedDocumentStore trustedDocuments,
    ApiOptions apiOptions,
    IRequestPrecheck precheck,
    ILogger<GraphQLHttpEndpoint> logger)
{
    /// <summary>What a request costs at least, whatever its price: one refused before pricing, a dry run, a free introspection.</summary>
    public const long MinimumPrice = 1;

    public const string Path = "/graphql";
    public const long MaxBodyBytes = 256 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && MediaTypes.WantsHtml(request))
        {
            await explorer.WriteAsync(http);
            return;
        }

        var caller = RateLimitedCaller.From(http);
        if (budgets.Spent(caller) is { } spent)
        {
            await RefuseOverBudgetAsync(http, caller, Admission.Unread(MediaTypes.Negotiate(request) ?? MediaTypes.Json), spent);
            return;
        }

        var admitted = await AdmitAsync(http);
        var charge = await budgets.SpendAsync(caller, admitted.Price);
        if (!charge.IsSpent)
        {
            await RefuseOverBudgetAsync(http, caller, admitted, charge);
            return;
        }

        if (admitted.Refusal is { } refusal)
        {
            await RefuseAsync(http, refusal, admitted.MediaType);
            return;
        }

        var graphQLRequest = admitted.Request!;
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = graphQLRequest.Query;
            options.Document = admitted.Document;
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
        if (admitted.IsDryRun)
        {
            result.Executed = false;
            result.Data = null;
        }

        if (admitted.Cost is { } cost)
        {
            (result.Extensions ??= [])[OperationCost.ExtensionKey] = (cost with { Actual = ReturnedObjects.Count(result) }).After(charge).ToExtension();
        }

        http.Response.StatusCode = admitted.MediaType == MediaTypes.GraphQLResponse && !valid ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = admitted.MediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// Reads, pre-checks and prices the request without answering it: what runs, or why it is refused,
    /// and in either case its price (<see cref="Admission.Price"/>), which is charged before either happens.
    /// </summary>
    private async Task<Admission> AdmitAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            return Admission.Refused(new Refusal(StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported: use GET for queries or POST.", "GET, POST"));
        }

        var mediaType = MediaTypes.Negotiate(request);
        if (mediaType is null)
        {
            return Admission.Refused(new Refusal(StatusCodes.Status406NotAcceptable,
                $"The response is {MediaTypes.GraphQLResponse} or {MediaTypes.Json}; the Accept header allows neither."));
        }

        var (graphQLRequest, problem, status) = HttpMethods.IsGet(request.Method) ? FromQueryString(request, mediaType) : await FromBodyAsync(request, mediaType);
        if (graphQLRequest is null)
        {
            return Admission.Refused(new Refusal(status, problem!), mediaType);
        }

        var requested = RequestedDocument.Of(graphQLRequest, trustedDocuments);
        if (requested.Refusal is { } notResolved)
        {
            return Admission.Refused(new Refusal(RefusedBeforeExecution(mediaType), notResolved, Code: requested.RefusalCode!), mediaType);
        }

        if (MustSendTrustedDocuments(http) is { } who && !requested.IsTrustedIn(trustedDocuments))
        {
            return Admission.Refused(new Refusal(
                mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status403Forbidden : StatusCodes.Status200OK,
                $"This deployment lets {who} send trusted documents only ({ApiOptions.RequireTrustedDocumentsSetting}): send a registered document's documentId (sha256:<hex>) or extensions.persistedQuery, not a document of your own.",
                Code: ErrorCodes.Forbidden), mediaType);
        }

        graphQLRequest.Query = requested.Text;
        if (HttpMethods.IsGet(request.Method) && IsMutation(graphQLRequest))
        {
            return Admission.Refused(new Refusal(StatusCodes.Status405MethodNotAllowed, "Mutations are sent with POST, not GET.", "POST"), mediaType);
        }

        var checkedDocument = precheck.Document(graphQLRequest.Query!);
        if ((checkedDocument.Problem ?? DryRun.Problem(graphQLRequest.Extensions)) is { } refused)
        {
            return Admission.Refused(new Refusal(RefusedBeforeExecution(mediaType), refused), mediaType);
        }

        var cost = checkedDocument.Document is { } document ? OperationPricer.Price(schema, document, graphQLRequest.OperationName, graphQLRequest.Variables) : null;
        return new Admission(graphQLRequest, checkedDocument.Document, cost, DryRun.IsRequested(graphQLRequest.Extensions), null, mediaType);
    }

    /// <summary>Who the request comes from when <see cref="ApiOptions.RequireTrustedDocuments"/> holds them to trusted documents: anonymous callers and door staff.</summary>
    private string? MustSendTrustedDocuments(HttpContext http)
    {
        if (!apiOptions.RequireTrustedDocuments)
        {
            return null;
        }

        return IseCaller.From(http.User) switch
        {
            null => "callers without credentials",
            { Role: IseRole.DoorStaff } => "door staff",
            _ => null,
        };
    }

    private (GraphQLRequest? Request, string? Problem, int Status) FromQueryString(HttpRequest request, string mediaType)
    {
        if (NullIfEmpty(request.Query["variables"]) is { } json && precheck.Variables(json) is { } tooBig)
        {
            return (null, tooBig, RefusedBeforeExecution(mediaType));
        }

        try
        {
            var parsed = new GraphQLRequest
            {
                Query = NullIfEmpty(request.Query["query"]),
                DocumentId = NullIfEmpty(request.Query["documentId"]),
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = NullIfEmpty(request.Query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(request.Query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            };
            return RequestedDocument.IsNamedIn(parsed)
                ? (parsed, null, 0)
                : (null, "The query parameter 'query' is required (or 'documentId', or extensions.persistedQuery, naming a trusted document).", StatusCodes.Status400BadRequest);
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

        if (precheck.VariablesInBody(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } tooBig)
        {
            return (null, tooBig, RefusedBeforeExecution(mediaType));
        }

        buffer.Position = 0;
        try
        {
            var parsed = await serializer.ReadAsync<GraphQLRequest>(buffer, request.HttpContext.RequestAborted);
            return parsed is not null && RequestedDocument.IsNamedIn(parsed)
                ? (parsed, null, 0)
                : (null, "The body must be a JSON object with a non-empty 'query' (or a 'documentId', or extensions.persistedQuery, naming a trusted document).", StatusCodes.Status400BadRequest);
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

    private async Task RefuseAsync(HttpContext http, Refusal refusal, string mediaType)
    {
        http.Response.StatusCode = refusal.Status;
        if (refusal.Allow is not null)
        {
            http.Response.Headers.Allow = refusal.Allow;
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [ApiError.Create(refusal.Code, refusal.Message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// 429 (or 503 when the budget cannot be reached) with <c>extensions.code</c> <c>RATE_LIMITED</c> and
    /// <c>Retry-After</c> (none when the price is more than a whole window: waiting does not help), and the
    /// price and budget in <c>extensions.cost</c>. Nothing of the request runs.
    /// </summary>
    private async Task RefuseOverBudgetAsync(HttpContext http, RateLimitedCaller caller, Admission admitted, BudgetCharge charge)
    {
        var now = budgets.Now;
        var seconds = charge.RetryAfterSeconds(now);
        var (status, error) = charge.Verdict switch
        {
            BudgetVerdict.BeyondWindow => (StatusCodes.Status429TooManyRequests, ApiError.Create(ErrorCodes.RateLimited,
                $"This request costs {Points(admitted.Price)}, more than the budget of {caller.Description} for a whole window: ask for smaller pages (extensions.dryRun prices a request without running it).")),
            BudgetVerdict.Unavailable => (StatusCodes.Status503ServiceUnavailable, ApiError.Create(ErrorCodes.Unavailable,
                "The request budget cannot be checked now; nothing ran. Retry shortly.")),
            _ when admitted.IsUnread => (StatusCodes.Status429TooManyRequests, ApiError.Create(ErrorCodes.RateLimited,
                $"The budget of {caller.Description} is spent until {TimeOfDay(charge.ResetAt)} UTC: retry after {seconds} s.")),
            _ => (StatusCodes.Status429TooManyRequests, ApiError.Create(ErrorCodes.RateLimited,
                $"This request costs {Points(admitted.Price)} and {caller.Description} has {Points(charge.Remaining)} left until {TimeOfDay(charge.ResetAt)} UTC: retry after {seconds} s.")),
        };
        if (charge.Verdict != BudgetVerdict.BeyondWindow)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            error.Extensions = new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds };
        }

        var result = new ExecutionResult { Errors = [error] };
        if (charge.Verdict != BudgetVerdict.Unavailable)
        {
            result.Extensions = new Dictionary<string, object?>
            {
                [OperationCost.ExtensionKey] = (admitted.Cost ?? new OperationCost(null)).After(charge).ToExtension(),
            };
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = admitted.MediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static string TimeOfDay(DateTimeOffset instant) => instant.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Points(long points) => string.Create(CultureInfo.InvariantCulture, $"{points} point{(points == 1 ? "" : "s")}");

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || string.IsNullOrEmpty(value[0]) ? null : value[0];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unreadable GraphQL request body: {Problem}")]
    private static partial void LogUnreadableBody(ILogger logger, string problem);

    /// <summary>An answer before execution: status, message, the <c>Allow</c> header of a 405, and the error's code.</summary>
    private sealed record Refusal(int Status, string Message, string? Allow = null, string Code = ErrorCodes.Validation);

    /// <summary>A request read and priced: what to run, or the refusal to answer, and the media type of the answer.</summary>
    private sealed record Admission(
        GraphQLRequest? Request, GraphQLDocument? Document, OperationCost? Cost, bool IsDryRun, Refusal? Refusal, string MediaType)
    {
        /// <summary>What the request is charged: its price, at least <see cref="MinimumPrice"/>; a dry run or a refusal the minimum.</summary>
        public long Price => Cost is { Requested: { } requested } && !IsDryRun && Refusal is null ? Math.Max(MinimumPrice, requested) : MinimumPrice;

        public static Admission Refused(Refusal refusal, string mediaType = MediaTypes.Json) => new(null, null, null, false, refusal, mediaType);

        public bool IsUnread => Request is null && Refusal is null;

        /// <summary>A request turned away before it was read: nothing known of it but how to answer.</summary>
        public static Admission Unread(string mediaType) => new(null, null, null, false, null, mediaType);
    }
}
