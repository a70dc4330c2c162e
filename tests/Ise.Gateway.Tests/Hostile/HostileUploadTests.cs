using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ise.Diagnostics;
using Ise.Events;
using Ise.Gateway.Imports;
using Ise.Imports;
using Ise.Smes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// The hostile CSV uploads (<see cref="HostileCsvCorpus"/>) against the SME, attendance and past-diagnostics imports over real
/// HTTP: no 5xx; a file refused whole says why; a job's rejected rows name their line and column; only
/// rows that may be valid are imported, stored exactly as given, and nothing else changes.
/// </summary>
public sealed class HostileUploadTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private static readonly HashSet<HttpStatusCode> s_refusals =
        [HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType];

    /// <summary>The most a report line may show of what the file holds: values are cut, never echoed in full.</summary>
    private const int MaxReportedSubject = 130;
    private const int MaxReportedMessage = 530;

    private static readonly char[] s_markup = ['<', '>'];

    private static readonly string[] s_columns =
        [.. ImportLayout.Smes.Columns.Select(c => c.Name), .. ImportLayout.Attendance.Columns.Select(c => c.Name), .. HistoryDiagnosticLayout.Layout.Columns.Select(c => c.Name)];

    [Fact]
    public async Task Malformed_and_hostile_CSV_files_are_refused_clearly_and_only_valid_rows_are_imported_as_given_and_reported_inert()
    {
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var http = factory.CreateClient();
        var api = new GraphQLClient(http);
        var eventId = await ApiScenario.LiveEventAsync(api, capacity: 100);
        var validSme = await ApiScenario.SmeAsync(api, "Valid Attendee BV");
        var corpus = HostileCsvCorpus.All(factory.Services.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes, validSme);
        var before = await StateSnapshot.SettledAsync(grains);

        var problems = new List<string>();
        var importedNames = new List<string>();
        var attended = new List<string>();
        foreach (var upload in corpus)
        {
            using var message = upload.ToMessage(eventId);
            using var response = await http.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            var problem = response.StatusCode == HttpStatusCode.Accepted
                ? await JobProblemAsync(upload, await CompletedJobAsync(http, response.Headers.Location!), grains, importedNames, attended)
                : RefusalProblem(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
            if (problem is not null)
            {
                problems.Add($"{upload.Name}: {problem}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {corpus.Count} hostile uploads were not handled clearly:\n" + string.Join("\n", problems.Take(40)));
        Assert.Equal(before with { Smes = before.Smes + importedNames.Count }, await StateSnapshot.SettledAsync(grains));
        var checkedIn = await grains.GetGrain<IEventGrain>(eventId).ListRegistrationsAsync(AttendanceStatus.CheckedIn);
        Assert.Equal([validSme], attended);
        Assert.Equal([validSme], checkedIn.Select(r => r.Attendee.SmeId));
        Assert.Null(await grains.GetGrain<ISmeDiagnosticsGrain>(validSme).GetDiagnosticsAsync(null));
        Assert.Superset(new HashSet<string> { "With BOM BV", "Utf16 Société BV", "Line ends 0 BV", "Line ends 4 BV", "Nul\0\0Byte BV", "Wide BV", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "'; DROP TABLE orleansstorage; --" }, importedNames.ToHashSet());
    }

    /// <summary>Null when a refusal is one of the API's, with a message; else what is wrong with it.</summary>
    private static string? RefusalProblem(HttpStatusCode status, string? mediaType, string text)
    {
        if (!s_refusals.Contains(status))
        {
            return $"status {(int)status}: {Shorten(text)}";
        }

        if (mediaType != "application/problem+json")
        {
            return $"status {(int)status} answered as {mediaType ?? "(no content type)"}, not as a problem: {Shorten(text)}";
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return $"status {(int)status} with a body that is not JSON: {Shorten(text)}";
        }

        var detail = body?["detail"]?.GetValue<string>();
        return string.IsNullOrWhiteSpace(detail) || detail.Contains("Exception", StringComparison.Ordinal) ? $"status {(int)status} without a clear message: {Shorten(text)}"
            : body?["code"]?.GetValue<string>() is not { Length: > 0 } code ? $"status {(int)status} without a code: {Shorten(text)}"
            : status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType && code != "VALIDATION" ? $"{(int)status} without the code VALIDATION: {Shorten(text)}"
            : detail.Contains('<', StringComparison.Ordinal) ? $"status {(int)status} reflects markup: {Shorten(detail)}"
            : null;
    }

    /// <summary>Null when every rejected row names its line and column and every imported row may be imported, as given; else what is wrong.</summary>
    private static async Task<string?> JobProblemAsync(HostileUpload upload, JsonNode job, IGrainFactory grains, List<string> importedNames, List<string> attended)
    {
        if (ReflectedProblem(job) is { } reflected)
        {
            return reflected;
        }

        foreach (var row in job["rejectedRows"]!.AsArray())
        {
            var message = row!["message"]!.GetValue<string>();
            if (row["line"]!.GetValue<int>() < 2 || !(s_columns.Any(c => message.Contains(c, StringComparison.Ordinal)) || message.StartsWith("duplicate of line ", StringComparison.Ordinal)))
            {
                return $"line {row["line"]} rejected without naming line and column: {Shorten(message)}";
            }
        }

        var accepted = job["rows"]!.AsArray().Where(r => r!["outcome"]!.GetValue<string>() == "accepted").ToList();
        if (accepted.Count > 0 && upload.MayImport is null)
        {
            return $"{accepted.Count} row(s) imported from a file none of whose rows is valid: {Shorten(accepted[0]!.ToJsonString())}";
        }

        foreach (var row in accepted)
        {
            // A walk-in's subject is "SME-ID (CODE)": the SME id and the code it was given.
            var subject = row!["subject"]!.GetValue<string>().Split(" (")[0];
            var imported = upload.Attendance ? subject : (await grains.GetGrain<ISmeGrain>(subject).GetAsync()).Profile.Name;
            if (!upload.MayImport!.Contains(imported))
            {
                return $"line {row["line"]} imported '{Shorten(imported)}', which is not a value of the file's valid rows as given";
            }

            (upload.Attendance ? attended : importedNames).Add(imported);
        }

        return job["omittedRows"]!.GetValue<int>() > 0 && upload.MayImport is not null ? "more rows than the report lists; keep such files small" : null;
    }

    /// <summary>Null when every report line's subject and message are bounded and carry no markup; else the first that does not.</summary>
    private static string? ReflectedProblem(JsonNode job)
    {
        foreach (var row in job["rows"]!.AsArray().Concat(job["rejectedRows"]!.AsArray()))
        {
            var subject = row!["subject"]?.GetValue<string>() ?? "";
            var message = row["message"]!.GetValue<string>();
            if (subject.Length > MaxReportedSubject || message.Length > MaxReportedMessage)
            {
                return $"line {row["line"]} reported with a subject of {subject.Length:N0} and a message of {message.Length:N0} characters: {Shorten(message)}";
            }

            if (subject.IndexOfAny(s_markup) >= 0 || message.IndexOfAny(s_markup) >= 0)
            {
                return $"line {row["line"]} reflects markup: {Shorten(subject)} {Shorten(message)}";
            }
        }

        return null;
    }

    private static async Task<JsonNode> CompletedJobAsync(HttpClient http, Uri location)
    {
        JsonNode job = new JsonObject();
        await Eventually.TrueAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, location);
            request.Headers.Add("X-Api-Key", "dev-secretariat");
            using var response = await http.SendAsync(request);
            job = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return job["status"]?.GetValue<string>() == "completed";
        }, TimeSpan.FromSeconds(60), "the import completes");
        return job;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
