using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>
/// A wall-clock time of a programme region, without offset: <c>2026-03-12T09:30:00</c>. An offset or
/// a "Z" is refused, so nobody mistakes a local time for an instant.
/// </summary>
public sealed class LocalDateTimeGraphType : ScalarGraphType
{
    private static readonly string[] s_formats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    public LocalDateTimeGraphType()
    {
        Name = "LocalDateTime";
        Description = "A local wall-clock time of the event's region, ISO 8601 without offset (e.g. 2026-03-12T09:30:00).";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Parse(text.Value.ToString()),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        string text => Parse(text),
        DateTime local => DateTime.SpecifyKind(local, DateTimeKind.Unspecified),
        null => null,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        DateTime local => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        null => null,
        _ => ThrowSerializationError(value),
    };

    private static DateTime Parse(string text) =>
        DateTime.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? DateTime.SpecifyKind(local, DateTimeKind.Unspecified)
            : throw new FormatException($"'{text}' is not a local date and time (yyyy-MM-ddTHH:mm:ss, no offset).");
}
