namespace Ise.Gateway.GraphQL.Transport;

/// <summary>The pre-check of every request: <see cref="VariableValueSize"/> and <see cref="DocumentPrecheck"/> at <see cref="DocumentLimits.Default"/>.</summary>
public sealed class RequestPrecheck : IRequestPrecheck
{
    public string? VariablesInBody(ReadOnlySpan<byte> body) => VariableValueSize.InRequestBody(body);

    public string? Variables(string json) => VariableValueSize.Of(json);

    public PrecheckOutcome Document(string query) => DocumentPrecheck.Check(query);
}
