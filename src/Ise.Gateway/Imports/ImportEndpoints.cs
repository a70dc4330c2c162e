using System.Text.Json;
using Ise.Errors;
using Ise.Events;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.Hosting;
using Ise.Gateway.Security;
using Ise.Imports;
using Ise.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Ise.Gateway.Imports;

/// <summary>
/// <c>POST /api/imports/smes</c>, <c>POST /api/imports/history/events</c>, <c>POST /api/imports/history/diagnostics</c> and
/// <c>POST /api/imports/events/{eventId}/attendance</c> (multipart,
/// the CSV in a field named <c>file</c>) check the caller and the file, start an import job and
/// answer 202 with its id and <c>Location: /api/imports/{id}</c>; <c>GET /api/imports/{id}</c> shows its
/// progress and report to the caller who started it and to the secretariat. A file that cannot be
/// read is refused whole (400, nothing written); one over <see cref="ImportOptions.MaxUploadBytes"/> gets 413.
/// Every refusal is a problem response with a code (<see cref="HttpRefusals"/>).
/// </summary>
public static class ImportEndpoints
{
    public const string FileField = "file";

    /// <summary>Room for the multipart framing around the file itself.</summary>
    private const long MultipartSlack = 64 * 1024;

    public static WebApplicationBuilder AddIseImports(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ImportOptions>(builder.Configuration.GetSection($"{IseKeys.ConfigurationSection}:Imports"));
        return builder;
    }

    public static IEndpointRouteBuilder MapIseImports(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/imports");
        group.MapPost("/smes", (HttpContext http, IGrainFactory grains, IOptions<ImportOptions> options) =>
            StartAsync(http, grains, options.Value, ImportLayout.Smes, caller => Task.FromResult(
                new ImportJobRequest(ImportKind.Smes, caller.Name, caller.IsSecretariat ? null : caller.Scope, null, ""))))
            .RequireAuthorization(IsePolicies.ManageSmes);
        group.MapPost("/history/events", (HttpContext http, IGrainFactory grains, IOptions<ImportOptions> options) =>
            StartAsync(http, grains, options.Value, ImportLayout.HistoryEvents, caller => Task.FromResult(
                new ImportJobRequest(ImportKind.HistoryEvents, caller.Name, caller.IsSecretariat ? null : caller.Scope, null, ""))))
            .RequireAuthorization(IsePolicies.ManageEvents);
        group.MapPost("/history/diagnostics", (HttpContext http, IGrainFactory grains, IOptions<ImportOptions> options) =>
            StartAsync(http, grains, options.Value, HistoryDiagnosticLayout.Layout, caller => Task.FromResult(
                new ImportJobRequest(ImportKind.HistoryDiagnostics, caller.Name, caller.IsSecretariat ? null : caller.Scope, null, "", caller.Actor()))))
            .RequireAuthorization(IsePolicies.ManageSmes);
        group.MapPost("/events/{eventId}/attendance", (HttpContext http, string eventId, IGrainFactory grains, IOptions<ImportOptions> options) =>
            StartAsync(http, grains, options.Value, ImportLayout.Attendance, caller => AttendanceRequestAsync(grains, caller, eventId)))
            .RequireAuthorization(IsePolicies.ManageEvents);
        group.MapGet("/{id}", async (HttpContext http, string id, IGrainFactory grains) =>
        {
            var caller = IseCaller.From(http.User)!;
            var job = IseKeys.IsImportJob(id) ? await grains.GetGrain<IImportJobGrain>(id).FindAsync() : null;
            return job is null ? HttpRefusals.From(IseException.NotFound("id", $"No import job with id {id}."))
                : !CanRead(caller, job) ? HttpRefusals.From(new IseException(IseErrorCode.Forbidden, "id", $"Import job {id} was started by someone else; only they and the secretariat may read it."))
                : Results.Ok(Resource(job));
        }).RequireAuthorization(IsePolicies.Caller);
        return endpoints;
    }

    /// <summary>Who may read a job: the caller who started it and the secretariat.</summary>
    public static bool CanRead(IseCaller caller, ImportJobView job) => caller.IsSecretariat || caller.Name == job.Request.Owner;

    /// <summary>The JSON shape of a job: what the GraphQL <c>ImportJob</c> type shows, enums as lower-case words.</summary>
    public static object Resource(ImportJobView job) => new
    {
        id = job.Id,
        kind = JsonNamingPolicy.SnakeCaseLower.ConvertName(job.Request.Kind.ToString()),
        status = job.Status.ToString().ToLowerInvariant(),
        eventId = job.Request.EventId,
        fileName = job.Request.FileName,
        total = job.Total,
        done = job.Done,
        accepted = job.Accepted,
        unchanged = job.Unchanged,
        rejected = job.Rejected,
        rows = job.Rows.Select(RowResource),
        omittedRows = job.OmittedRows,
        rejectedRows = job.RejectedRows.Select(RowResource),
        omittedRejectedRows = job.OmittedRejectedRows,
        startedAt = job.StartedAt,
        finishedAt = job.FinishedAt,
    };

    private static object RowResource(ImportRowResult row) =>
        new { line = row.Line, outcome = row.Outcome.ToString().ToLowerInvariant(), subject = row.Subject, message = row.Message };

    private static async Task<IResult> StartAsync(HttpContext http, IGrainFactory grains, ImportOptions options, ImportLayout layout, Func<IseCaller, Task<ImportJobRequest>> request)
    {
        if (http.Request.ContentLength > options.MaxUploadBytes + MultipartSlack)
        {
            return TooLarge(options);
        }

        try
        {
            var job = await request(IseCaller.From(http.User)!);
            var (file, name) = await ReadUploadAsync(http, options);
            if (file is null)
            {
                return TooLarge(options);
            }

            var rows = CsvImportReader.Read(file, layout);
            var id = IseKeys.NewImportJob();
            var started = await grains.GetGrain<IImportJobGrain>(id).StartAsync(job with { FileName = name }, rows);
            return Results.Accepted($"/api/imports/{id}", Resource(started));
        }
        catch (IseException refusal)
        {
            return HttpRefusals.From(refusal);
        }
    }

    private static async Task<ImportJobRequest> AttendanceRequestAsync(IGrainFactory grains, IseCaller caller, string eventId)
    {
        if (!EventIds.IsWellFormed(eventId))
        {
            throw IseException.NotFound("eventId", $"No event with id {eventId}.");
        }

        var @event = await grains.GetGrain<IEventGrain>(eventId).GetAsync();
        if (!caller.ActsForPartner(@event.Definition.HostPartnerId))
        {
            throw new IseException(IseErrorCode.Forbidden, "eventId",
                $"{caller.Role} {caller.Scope} does not organise event {eventId}: importing its attendance is for the secretariat and staff of {@event.Definition.HostPartnerId}.");
        }

        if (@event.Status is not (EventStatus.Live or EventStatus.Closed))
        {
            throw IseException.Conflict(
                $"Event {eventId} is {@event.Status.ToString().ToLowerInvariant()}: an attendance list is imported while it is live (check-in) or once it is closed (retroactive attendance).", "eventId");
        }

        return new ImportJobRequest(ImportKind.Attendance, caller.Name, caller.IsSecretariat ? null : caller.Scope, eventId, "", caller.Actor());
    }

    /// <summary>The uploaded file's bytes and name (as reports show text from the file: bounded and inert); null bytes when it is over the limit.</summary>
    private static async Task<(byte[]? File, string Name)> ReadUploadAsync(HttpContext http, ImportOptions options)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxUploadBytes + MultipartSlack;
        }

        if (!http.Request.HasFormContentType)
        {
            throw IseException.Invalid(FileField, $"Send the CSV as multipart/form-data in a field named '{FileField}'.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync();
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, "");
        }
        catch (InvalidDataException malformed)
        {
            throw IseException.Invalid(FileField, "The multipart body cannot be read: " + malformed.Message);
        }
        catch (IOException truncated)
        {
            throw IseException.Invalid(FileField, "The multipart body ends before its closing boundary: " + truncated.Message);
        }

        var upload = form.Files.GetFile(FileField)
            ?? throw IseException.Invalid(FileField, $"No file: send the CSV in a multipart field named '{FileField}'.");
        if (upload.Length > options.MaxUploadBytes)
        {
            return (null, "");
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer);
        return (buffer.ToArray(), ReportText.Bound(Path.GetFileName(upload.FileName), ReportText.MaxFileNameLength));
    }

    private static IResult TooLarge(ImportOptions options) =>
        HttpRefusals.Problem(StatusCodes.Status413PayloadTooLarge, ErrorCodes.Validation,
            $"The file is larger than {options.MaxUploadBytes:N0} bytes, the most an import takes (Ise:Imports:MaxUploadBytes); split it and upload the parts.",
            FileField, new Dictionary<string, object?> { ["limitBytes"] = options.MaxUploadBytes });
}
