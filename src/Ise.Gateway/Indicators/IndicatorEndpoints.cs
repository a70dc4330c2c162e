using Ise.Errors;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.Hosting;
using Ise.Gateway.Security;
using Ise.Indicators;

namespace Ise.Gateway.Indicators;

/// <summary>
/// <c>GET /api/indicators/{period}/figures.csv</c>, <c>…/evidence.csv</c> and <c>/api/indicators/{period}.xlsx</c>
/// (optional <c>?breakdown=region,partner,…</c>, default all): the secretariat gets everything,
/// partner staff their own partner's cell and its evidence; others 403; a bad period or breakdown 400.
/// </summary>
public static class IndicatorEndpoints
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapIseIndicators(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/indicators").RequireAuthorization(IsePolicies.Caller);
        group.MapGet("/{period}/figures.csv", (HttpContext http, string period, string? breakdown, IGrainFactory grains) =>
            ExportAsync(http, period, breakdown, grains, "figures.csv", CsvType, (report, _, scope, body) => IndicatorExport.WriteFiguresCsvAsync(report, body)));
        group.MapGet("/{period}/evidence.csv", (HttpContext http, string period, string? breakdown, IGrainFactory grains) =>
            ExportAsync(http, period, breakdown, grains, "evidence.csv", CsvType,
                (report, reader, scope, body) => IndicatorExport.WriteEvidenceCsvAsync(report, reader.AllEvidenceAsync(report.Period, scope.Sees), body)));
        group.MapGet("/{file}", (HttpContext http, string file, string? breakdown, IGrainFactory grains) =>
            file.EndsWith(".xlsx", StringComparison.Ordinal)
                ? ExportAsync(http, file[..^5], breakdown, grains, "xlsx", XlsxType,
                    (report, reader, scope, body) => IndicatorExport.WriteXlsxAsync(report, reader.AllEvidenceAsync(report.Period, scope.Sees), body))
                : Task.FromResult(HttpRefusals.Problem(StatusCodes.Status404NotFound, ErrorCodes.NotFound, $"No export named {file}: ask for figures.csv, evidence.csv or {{period}}.xlsx.", "file")));
        return endpoints;
    }

    /// <summary>Breakdowns by name (<c>region,partner,sector,activity,size</c>); empty or absent: all of them.</summary>
    public static IReadOnlyCollection<IndicatorDimension> ParseBreakdowns(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Enum.GetValues<IndicatorDimension>();
        }

        return [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(name => name.ToLowerInvariant() switch
        {
            "total" => IndicatorDimension.Total,
            "region" => IndicatorDimension.Region,
            "partner" => IndicatorDimension.Partner,
            "sector" => IndicatorDimension.Sector,
            "activity" or "activitykind" => IndicatorDimension.ActivityKind,
            "size" or "sizeband" => IndicatorDimension.SizeBand,
            _ => throw IseException.Invalid("breakdown", $"'{name}' is not a breakdown: use region, partner, sector, activity or size."),
        })];
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string periodText, string? breakdown, IGrainFactory grains, string suffix, string contentType,
        Func<IndicatorReport, IndicatorReader, IndicatorScope, Stream, Task> write)
    {
        if (IndicatorScope.Of(IseCaller.From(http.User)) is not { } scope)
        {
            return HttpRefusals.Problem(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Indicators are for the secretariat and partner staff.");
        }

        ReportingPeriod period;
        IReadOnlyCollection<IndicatorDimension> breakdowns;
        try
        {
            period = ReportingPeriod.Parse(periodText, "period");
            breakdowns = ParseBreakdowns(breakdown);
        }
        catch (IseException error)
        {
            return HttpRefusals.From(error);
        }

        var reader = new IndicatorReader(grains);
        var report = scope.Filter(await reader.ReadAsync(period, scope.Breakdowns(breakdowns)));
        using var body = new MemoryStream();
        await write(report, reader, scope, body);
        var name = suffix == "xlsx" ? $"indicators-{period.Key}.xlsx" : $"indicators-{period.Key}-{suffix}";
        return Results.File(body.ToArray(), contentType, name);
    }
}
