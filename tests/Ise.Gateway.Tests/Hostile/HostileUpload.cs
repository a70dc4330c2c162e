using System.Net.Http.Headers;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// One hostile CSV upload to an import endpoint: the file sent as the import expects it (multipart,
/// field <c>file</c>), or, with <see cref="RawContentType"/>, the bytes sent as the whole body with that
/// content type. <see cref="MayImport"/> holds what the rows that may be valid (whatever else the file
/// holds) would import: SME names as given, or attendees' SME ids; nothing else may be imported, and
/// null means no row may be. <see cref="Endpoint"/> sends it to another import than the SME list or the attendance list.
/// </summary>
public sealed record HostileUpload(string Name, bool Attendance, byte[] Body, string? RawContentType = null, IReadOnlyCollection<string>? MayImport = null, string? Endpoint = null)
{
    public HttpRequestMessage ToMessage(string attendanceEventId)
    {
        var path = Endpoint ?? (Attendance ? $"/api/imports/events/{attendanceEventId}/attendance" : "/api/imports/smes");
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        var file = new ByteArrayContent(Body);
        if (RawContentType is null)
        {
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            message.Content = new MultipartFormDataContent { { file, "file", "hostile.csv" } };
        }
        else
        {
            file.Headers.TryAddWithoutValidation("Content-Type", RawContentType);
            message.Content = file;
        }

        message.Headers.Add("X-Api-Key", "dev-secretariat");
        return message;
    }

    public override string ToString() => Name;
}
