using OpenTelemetry.Exporter;

namespace Ise.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry export, bound from <c>Ise:Telemetry</c>. Off unless an OTLP endpoint is configured:
/// nothing is collected or sent by default.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The OTLP collector, e.g. <c>http://collector:4317</c> (gRPC) or <c>http://collector:4318</c> (HTTP).</summary>
    public Uri? OtlpEndpoint { get; set; }

    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>How often metrics are exported and pending traces flushed.</summary>
    public int ExportIntervalSeconds { get; set; } = 15;

    public bool Enabled => OtlpEndpoint is not null;
}
