using GraphQL;
using Ise.Budgets;
using Ise.Errors;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ise.Gateway.GraphQL.Cost;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Transport;
using Ise.Gateway.GraphQL.TrustedDocuments;
using Ise.Gateway.Security;

namespace Ise.Gateway.GraphQL;

/// <summary>Registers the schema, its limits and error shaping, and maps <c>/graphql</c>.</summary>
public static class GraphQLExtensions
{
    public const int MaxDepth = 15;
    public const int MaxComplexity = 20_000;

    public static WebApplicationBuilder AddIseGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<IseSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(IseSchema).Assembly)
            .AddErrorInfoProvider<IseErrorInfoProvider>()
            .AddExecutionStrategySelector<DryRunExecutionStrategySelector>()
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = MaxDepth;
                complexity.MaxComplexity = MaxComplexity;
                var standard = complexity.DefaultComplexityImpactDelegate;

                // Introspection (tools, the explorer) costs nothing against the limit; its depth still counts.
                complexity.DefaultComplexityImpactDelegate = field =>
                    field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new global::GraphQL.Validation.Complexity.FieldComplexityResult(0, 1)
                        : standard(field);
            })
            .ConfigureExecutionOptions(options => options.UnhandledExceptionDelegate = context =>
            {
                if (context.OriginalException is IseException refusal)
                {
                    context.Exception = ApiError.From(refusal);
                }
                else
                {
                    UnexpectedResolverFailure.Log(context);
                }

                return Task.CompletedTask;
            }));
        builder.Services.TryAddSingleton(Ise.Diagnostics.DiagnosticCatalog.Embedded);
        builder.Services.AddScoped<SmeByIdDataLoader>();
        builder.Services.AddScoped<EventByIdDataLoader>();
        builder.Services.AddSingleton<ExplorerPage>();
        builder.Services.TryAddSingleton(RateLimitOptions.From(builder.Configuration));
        builder.Services.TryAddSingleton<BudgetClock>();
        builder.Services.AddSingleton<PointBudgets>();
        builder.Services.AddSingleton<IRequestPrecheck, RequestPrecheck>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.AddIseTrustedDocuments();
        return builder;
    }

    /// <summary>The allow-list of trusted documents (the pages', and the directory's, followed every <c>Ise:Api:TrustedDocumentRefreshSeconds</c>) and the <c>Ise:Api</c> settings.</summary>
    private static void AddIseTrustedDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ApiOptions.From(builder.Configuration));
        builder.Services.AddSingleton(new TrustedDocumentStore(PageDocuments.Load()));
        builder.Services.AddSingleton<TrustedDocumentAudit>();
        builder.Services.AddSingleton<TrustedDocumentRefresher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TrustedDocumentRefresher>());
    }

    public static IEndpointRouteBuilder MapIseGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(GraphQLHttpEndpoint.Path, (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
        return endpoints;
    }
}
