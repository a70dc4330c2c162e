using System.Text;
using System.Text.Json;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// Measures a request's variables in their JSON text, before they are deserialized (which costs about
/// ten times as much): how many values (every object, list and scalar), how deep lists and objects nest
/// (the variables object is level 0, a variable's list level 1), and the longest string. One forward
/// pass that stops at the first limit passed. JSON that does not read is left to the deserializer to refuse.
/// </summary>
public static class VariableValueSize
{
    /// <summary>The first limit passed by the <c>variables</c> member of a GraphQL request body, as the refusal's message, or null.</summary>
    public static string? InRequestBody(ReadOnlySpan<byte> body, DocumentLimits? limits = null)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVariables = reader.ValueTextEquals("variables"u8);
                reader.Read();
                if (isVariables)
                {
                    return Measure(ref reader, limits ?? DocumentLimits.Default);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    /// <summary>The first limit passed by variables given as JSON text (a GET request's <c>variables</c> parameter), or null.</summary>
    public static string? Of(string json, DocumentLimits? limits = null)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        try
        {
            return reader.Read() ? Measure(ref reader, limits ?? DocumentLimits.Default) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Measures the value the reader is on, reading to its end or to the first limit passed.</summary>
    private static string? Measure(ref Utf8JsonReader reader, DocumentLimits limits)
    {
        var root = reader.CurrentDepth;
        var values = -1; // the variables object itself is not one of their values
        while (true)
        {
            var token = reader.TokenType;
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth - root > limits.MaxVariableDepth)
            {
                return $"The variables nest lists and objects more than {DocumentPrecheck.Format(limits.MaxVariableDepth)} levels deep (limit: {DocumentPrecheck.Format(limits.MaxVariableDepth)} levels).";
            }

            if (token == JsonTokenType.String && Length(ref reader) > limits.MaxVariableStringLength)
            {
                return $"A string in the variables is longer than {DocumentPrecheck.Format(limits.MaxVariableStringLength)} characters (limit: {DocumentPrecheck.Format(limits.MaxVariableStringLength)} characters per string).";
            }

            if (token is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.Comment) && ++values > limits.MaxVariableValues)
            {
                return $"The variables hold more than {DocumentPrecheck.Format(limits.MaxVariableValues)} values (limit: {DocumentPrecheck.Format(limits.MaxVariableValues)} values in the variables).";
            }

            var ended = reader.CurrentDepth == root && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray);
            if (ended || !reader.Read())
            {
                return null;
            }
        }
    }

    private static int Length(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? reader.GetString()!.Length : Encoding.UTF8.GetCharCount(reader.ValueSpan);
}
