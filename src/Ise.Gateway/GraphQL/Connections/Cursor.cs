using System.Buffers.Text;
using System.Text;
using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>Opaque cursors: the position they stand for, versioned and base64url-encoded.</summary>
public static class Cursor
{
    private const string Prefix = "ise1:";

    public static string Encode(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position));

    public static string? Decode(string? cursor, string field = "after")
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return text[Prefix.Length..];
            }
        }
        catch (FormatException)
        {
        }

        throw ApiError.Invalid(field, $"'{cursor}' is not a cursor given by this API.");
    }
}
