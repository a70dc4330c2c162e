using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Ise.Errors;
using Ise.Imports;

namespace Ise.Gateway.Imports;

/// <summary>
/// Reads an uploaded CSV file (CsvHelper) into the rows of an import, or refuses the whole file with
/// a message naming the problem: bytes that are not UTF-8 (the line and byte), a missing required
/// column, a column given twice, no data rows. UTF-8 with or without a byte order mark and UTF-16 with
/// one are read; the separator (<c>,</c> <c>;</c> tab or <c>|</c>) is detected, as is Excel's
/// <c>sep=</c> line; empty lines and rows of empty cells are skipped.
/// </summary>
public static class CsvImportReader
{
    private static readonly CsvReaderOptions s_options = new()
    {
        TrackLineNumbers = true,
        TrimWhitespace = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
    };

    public static List<ImportRow> Read(ReadOnlySpan<byte> file, ImportLayout layout)
    {
        using var csv = CsvReader.FromText(Decode(file), s_options);
        var positions = MapHeader([.. csv.Headers], layout);
        var rows = new List<ImportRow>();
        while (csv.Read())
        {
            var values = positions.Select(p => p is { } at && at < csv.FieldCount ? csv.GetString(at) ?? "" : "").ToArray();
            if (values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new ImportRow(checked((int)csv.LineNumber), values));
        }

        return rows.Count > 0 ? rows : throw IseException.Invalid("file", "The file has a header but no data rows.");
    }

    /// <summary>The text of the file: UTF-16 when it starts with its byte order mark, else strict UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> file)
    {
        if (file.StartsWith<byte>([0xFF, 0xFE]) || file.StartsWith<byte>([0xFE, 0xFF]))
        {
            var utf16 = file[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try
            {
                return utf16.GetString(file[2..]);
            }
            catch (DecoderFallbackException)
            {
                throw IseException.Invalid("file", "The file starts as UTF-16 but is not valid UTF-16; save it as 'CSV UTF-8'.");
            }
        }

        var bom = file.StartsWith<byte>([0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var bytes = file[bom..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) == OperationStatus.InvalidData)
            {
                var line = bytes[..read].Count((byte)'\n') + 1;
                var lineStart = bytes[..read].LastIndexOf((byte)'\n') + 1;
                throw IseException.Invalid("file",
                    $"The file is not UTF-8: line {line} has the invalid byte 0x{bytes[read]:X2} at byte {read - lineStart + 1} of the line (byte {read + bom + 1} of the file). "
                    + "Save it as 'CSV UTF-8' and upload it again.");
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>For each column of the layout, its position in the file (null when absent); refuses missing required and repeated columns.</summary>
    private static int?[] MapHeader(string[] headers, ImportLayout layout)
    {
        var positions = new int?[layout.Columns.Count];
        for (var i = 0; i < headers.Length; i++)
        {
            if (layout.Match(headers[i]) is not { } column)
            {
                continue;
            }

            var index = layout.IndexOf(column.Name);
            if (positions[index] is { } first)
            {
                throw IseException.Invalid("file", $"Columns {first + 1} ({ReportText.Quote(headers[first])}) and {i + 1} ({ReportText.Quote(headers[i])}) are both {column.Name}; keep one.");
            }

            positions[index] = i;
        }

        var missing = layout.Columns.Where((c, i) => c.Required && positions[i] is null).ToList();
        if (missing.Count > 0)
        {
            throw IseException.Invalid("file",
                $"Missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(c => c.Name))}; the header row has: {HeaderRow(headers)}. "
                + $"Expected columns: {Describe(layout)}. Nothing was imported.");
        }

        if (layout.Kind == ImportKind.Attendance && positions[layout.IndexOf("attendee_code")] is null && positions[layout.IndexOf("sme_id")] is null)
        {
            throw IseException.Invalid("file",
                $"An attendance list needs a column attendee_code or sme_id; the header row has: {HeaderRow(headers)}. Nothing was imported.");
        }

        return positions;
    }

    /// <summary>The file's header row as a refusal shows it: bounded and inert (a header of 50,000 columns is not echoed back).</summary>
    private static string HeaderRow(string[] headers) => ReportText.Bound(string.Join(", ", headers), ReportText.MaxMessageLength);

    private static string Describe(ImportLayout layout) =>
        string.Join(", ", layout.Columns.Select(c => c.Required ? c.Name : c.Name + " (optional)"));
}
