using System.Globalization;
using CsvHelper;
using Ise.Indicators;
using Ise.Programme;
using MiniExcelLibs;

namespace Ise.Gateway.Indicators;

/// <summary>
/// Writes a period's figures and their evidence as CSV (CsvHelper) and XLSX (MiniExcel). Every export
/// states that breakdown cells may add up to more than the total: a comment line first in CSV, a
/// Notes sheet in XLSX. Text that a spreadsheet would run as a formula (an SME's name starting with
/// <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>) is written as text: quoted behind a <c>'</c> in CSV, a string
/// cell in XLSX; whole numbers are written as numbers, so <c>-1</c> stays a number.
/// </summary>
public static class IndicatorExport
{
    public static readonly string[] FigureColumns = ["period", "indicator", "dimension", "cell", "count", "adjustment", "net", "frozen"];

    public static readonly string[] EvidenceColumns =
        ["indicator", "company_id", "name", "date", "partner", "activity", "event", "cells", "change", "adjustment", "booked_on", "adjusts_period"];

    /// <summary>The prefix of the note lines at the top of a CSV export.</summary>
    public const char CommentPrefix = '#';

    private static readonly CsvWriterOptions s_csv = new() { CommentPrefix = CommentPrefix, Injection = CsvInjection.Escape };

    public static async Task WriteFiguresCsvAsync(IndicatorReport report, Stream output)
    {
        await using var csv = CsvWriter.Create(output, s_csv, leaveOpen: true);
        csv.WriteComment(" " + IndicatorReport.CellsNote);
        await WriteRowsAsync(csv, FigureColumns, FigureRows(report));
    }

    public static async Task WriteEvidenceCsvAsync(IndicatorReport report, IAsyncEnumerable<IndicatorEvidence> evidence, Stream output)
    {
        await using var csv = CsvWriter.Create(output, s_csv, leaveOpen: true);
        csv.WriteComment($" Evidence behind the figures of {report.Period.Key}; change -1 is a withdrawn credit. " + IndicatorReport.CellsNote);
        var rows = new List<string[]>();
        await foreach (var row in evidence)
        {
            rows.Add(EvidenceRow(row));
        }

        await WriteRowsAsync(csv, EvidenceColumns, rows);
    }

    public static async Task WriteXlsxAsync(IndicatorReport report, IAsyncEnumerable<IndicatorEvidence> evidence, Stream output)
    {
        var evidenceRows = new List<Dictionary<string, object?>>();
        await foreach (var row in evidence)
        {
            evidenceRows.Add(ToDictionary(EvidenceColumns, EvidenceRow(row)));
        }

        var sheets = new Dictionary<string, object>
        {
            ["Figures"] = FigureRows(report).Select(r => ToDictionary(FigureColumns, r)).ToList(),
            ["Evidence"] = evidenceRows,
            ["Notes"] = new List<Dictionary<string, object?>>
            {
                new() { ["note"] = IndicatorReport.CellsNote },
                new() { ["note"] = $"Period {report.Period.Key}{(report.Frozen ? " (frozen)" : "")}; counts are of what first qualified in the period, adjustments are corrections of frozen periods booked in it (adjusts_period names the frozen period each corrects)." },
            },
        };
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheets);
        buffer.Position = 0;
        await buffer.CopyToAsync(output);
    }

    private static IEnumerable<string[]> FigureRows(IndicatorReport report) =>
        report.Figures.Select(f => new[]
        {
            report.Period.Key, IndicatorCells.Slug(f.Indicator), f.Dimension.ToString(), f.Cell,
            Number(f.Count), Number(f.Adjustment), Number(f.Net), report.Frozen ? "yes" : "no",
        });

    private static string[] EvidenceRow(IndicatorEvidence e) =>
    [
        IndicatorCells.Slug(e.Indicator), e.SubjectId, e.SubjectName, e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.PartnerId ?? "", e.Activity is { } kind ? ProgrammeCatalog.Describe(kind).Slug : "", e.EventId ?? "", string.Join(' ', e.Cells),
        Number(e.Delta), e.Adjustment ? "yes" : "no", e.BookedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.AdjustsPeriod ?? "",
    ];

    private static async Task WriteRowsAsync(CsvWriter csv, string[] columns, IEnumerable<string[]> rows)
    {
        await csv.WriteRecordAsync(columns);
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                if (int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    csv.WriteField(number, []);
                }
                else
                {
                    csv.WriteField(field);
                }
            }

            await csv.EndRecordAsync();
        }

        await csv.FlushAsync();
    }

    private static Dictionary<string, object?> ToDictionary(string[] columns, string[] row) =>
        columns.Zip(row).ToDictionary(p => p.First, p => (object?)p.Second);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
