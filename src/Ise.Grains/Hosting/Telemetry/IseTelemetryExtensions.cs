using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ise.Hosting.Telemetry;

/// <summary>
/// Metrics and traces of ASP.NET Core, Orleans and Npgsql, exported over OTLP when
/// <c>Ise:Telemetry:OtlpEndpoint</c> is set (<see cref="TelemetryOptions"/>); nothing otherwise.
/// </summary>
public static class IseTelemetryExtensions
{
    /// <summary>Orleans' activity sources (grain calls, runtime) and its meter.</summary>
    private static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    private const string OrleansMeter = "Microsoft.Orleans";

    public static IHostApplicationBuilder AddIseTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var options = new TelemetryOptions();
        builder.Configuration.GetSection($"{IseKeys.ConfigurationSection}:Telemetry").Bind(options);
        builder.Services.AddSingleton(options);
        if (!options.Enabled)
        {
            return builder;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.ExportIntervalSeconds));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddSource(OrleansActivitySources)
                .AddNpgsql()
                .AddOtlpExporter(exporter => Configure(exporter, options, interval, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(OrleansMeter)
                .AddNpgsqlInstrumentation()
                .AddOtlpExporter((exporter, reader) =>
                {
                    Configure(exporter, options, interval, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds;
                }));
        return builder;
    }

    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions options, TimeSpan interval, string httpSignalPath)
    {
        exporter.Protocol = options.Protocol;
        exporter.BatchExportProcessorOptions.ScheduledDelayMilliseconds = (int)interval.TotalMilliseconds;

        // An endpoint set in code is used as given: over HTTP it must name the signal's path itself.
        var endpoint = options.OtlpEndpoint!;
        exporter.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(new Uri(endpoint.ToString().TrimEnd('/') + "/"), httpSignalPath)
            : endpoint;
    }
}
