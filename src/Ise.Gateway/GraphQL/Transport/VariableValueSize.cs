namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// Measures the request's variables as they came out of the JSON body: how many values (every object,
/// list and scalar), how deep lists and objects nest, and the longest string. Linear, and it stops at the
/// first limit passed; its recursion is bounded by <see cref="DocumentLimits.MaxVariableDepth"/>.
/// </summary>
internal sealed class VariableValueSize(DocumentLimits limits)
{
    private int _values;

    /// <summary>The first limit the variables pass, as the refusal's message, or null.</summary>
    public string? Problem(IEnumerable<KeyValuePair<string, object?>>? variables) => variables is null ? null : Values(variables.Select(v => v.Value), 0);

    private string? Value(object? value, int depth) => value switch
    {
        _ when ++_values > limits.MaxVariableValues => TooMany("values", limits.MaxVariableValues),
        string text when text.Length > limits.MaxVariableStringLength =>
            $"A string in the variables is longer than {DocumentPrecheck.Format(limits.MaxVariableStringLength)} characters (limit: {DocumentPrecheck.Format(limits.MaxVariableStringLength)} characters per string).",
        string => null,
        IEnumerable<KeyValuePair<string, object?>> map => Values(map.Select(p => p.Value), depth + 1),
        IEnumerable<object?> list => Values(list, depth + 1),
        _ => null,
    };

    /// <summary>The values of the variables object (level 0) or of a list or object at level <paramref name="depth"/>.</summary>
    private string? Values(IEnumerable<object?> values, int depth)
    {
        if (depth > limits.MaxVariableDepth)
        {
            return TooDeep();
        }

        foreach (var value in values)
        {
            if (Value(value, depth) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private string TooDeep() =>
        $"The variables nest lists and objects more than {DocumentPrecheck.Format(limits.MaxVariableDepth)} levels deep (limit: {DocumentPrecheck.Format(limits.MaxVariableDepth)} levels).";

    private static string TooMany(string what, int limit) =>
        $"The variables hold more than {DocumentPrecheck.Format(limit)} {what} (limit: {DocumentPrecheck.Format(limit)} {what} in the variables).";
}
