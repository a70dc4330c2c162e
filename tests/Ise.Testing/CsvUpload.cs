using System.Net.Http.Headers;

namespace Ise.Testing;

/// <summary>A CSV file as the import endpoints take it: a multipart form with the file in its <c>file</c> part.</summary>
public static class CsvUpload
{
    public static MultipartFormDataContent Of(byte[] file, string name)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", name);
        return content;
    }
}
